// The warm compiler of Scala (testcompiler.run.compiler): one long-running JVM that compiles program after
// program with scalac (scala.tools.nsc.Global, Debian's scala-compiler.jar) exactly as the one command's
// cold `scala.tools.nsc.Main -usejavacp -d .classes main.scala` does, and answers with the class files, which
// the executor then runs in a JVM of the program's own.
//
// It never runs candidate code: each program gets a fresh Global (no symbol of one program is seen by the
// next) writing into a fresh directory that is on no class path. Scala 2's only way to run code at compile
// time is a macro, whose implementation must be a compiled class on the compiler's class path (the scala jars
// here): a macro a program defines cannot be expanded in the run that defines it ("macro implementation not
// found"), so it can never run here. No plugin is named (-Xplugin comes only from these arguments, none),
// and no compiled class is loaded: the class files leave as bytes. What a source can do to this JVM is make
// scalac slow, big or crash, which the executor meets by throwing the server away and running that program
// as it would without it.
//
// Protocol, on stdin and stdout (as emitters/java/CompileServer.java). A request is "<job> <length>\n" and
// that many bytes of UTF-8 source. The answer is "<token> <job> <word> <length>\n" and that many bytes: OK
// (the name to run, Problem as MultiPL-E runs it, the number of class files, each on a line, then per class
// file "<length> <path>\n" and its bytes; then scalac's warnings), FAIL (scalac's diagnostics: the program
// does not compile) or CRASH (scalac threw: the executor decides by itself). The first answer, after one
// compile that warms scalac up, is "<token> - READY 0".
//
// Arguments: the token, then scalac's options.

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import scala.tools.nsc.Global;
import scala.tools.nsc.Settings;
import scala.tools.nsc.reporters.ConsoleReporter;

public class CompileServer {
    static final String WARM_UP = "import scala.collection.mutable._\nobject Problem {\n"
        + "    def f(xs : List[Long]) : Long = xs.map(x => x * 2).sum\n"
        + "    def main(args: Array[String]) = {\n"
        + "        println(f(List[Long](1l, 2l)) == 6l && Map[String, Long](\"a\" -> 1l).contains(\"a\"))\n"
        + "    }\n}\n";

    final String token;
    final List<String> options;
    final OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int jobs = 0;

    CompileServer(String token, List<String> options) {
        this.token = token;
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        CompileServer server = new CompileServer(args[0], List.of(args).subList(1, args.length));
        server.compile(WARM_UP);
        server.answer("-", "READY", new byte[0]);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        while (true) {
            String[] request;
            try {
                request = readLine(in).split(" ");
            } catch (EOFException e) {
                return;  // the executor is done with it
            }
            if (request.length != 2) return;
            byte[] source = new byte[Integer.parseInt(request[1])];
            in.readFully(source);
            byte[] answer;
            String word;
            try {
                Compiled compiled = server.compile(new String(source, StandardCharsets.UTF_8));
                word = compiled.ok ? "OK" : "FAIL";
                answer = compiled.payload();
            } catch (Throwable e) {  // scalac crashed (or ran out of stack or memory): not an ordinary answer
                word = "CRASH";
                answer = new byte[0];
            }
            server.answer(request[0], word, answer);
        }
    }

    static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0 || line.length() > 100) throw new EOFException();
            line.append((char) c);
        }
        return line.toString();
    }

    void answer(String job, String word, byte[] payload) throws IOException {
        String head = token + " " + job + " " + word + " " + payload.length + "\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(payload);
        out.flush();
    }

    static final class Compiled {
        boolean ok;
        final Map<String, byte[]> classes = new TreeMap<>();
        final StringWriter diagnostics = new StringWriter();

        byte[] payload() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (ok) {
                bytes.write(("Problem\n" + classes.size() + "\n").getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                    bytes.write((e.getValue().length + " " + e.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                    bytes.write(e.getValue());
                }
            }
            bytes.write(diagnostics.toString().getBytes(StandardCharsets.UTF_8));
            return bytes.toByteArray();
        }
    }

    /** One compile by a fresh Global, with the one command's options, of the source as main.scala in a fresh
     * directory; the class files read back and the directory removed. */
    Compiled compile(String text) throws IOException {
        Compiled result = new Compiled();
        Path dir = Paths.get("job" + (jobs++)).toAbsolutePath();
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        try {
            Path source = dir.resolve("tc_main.scala");
            Files.write(source, text.getBytes(StandardCharsets.UTF_8));
            Settings settings = new Settings();
            List<String> flags = new ArrayList<>(options);
            flags.addAll(List.of("-d", classes.toString()));
            settings.processArguments(
                scala.collection.JavaConverters.asScalaBufferConverter(flags).asScala().toList(), true);
            PrintWriter diagnostics = new PrintWriter(result.diagnostics);
            ConsoleReporter reporter = new ConsoleReporter(
                settings, new BufferedReader(new StringReader("")), diagnostics);
            Global global = new Global(settings, reporter);
            Global.Run run = global.new Run();
            run.compile(scala.collection.JavaConverters.asScalaBufferConverter(
                List.of(source.toString())).asScala().toList());
            reporter.flush();
            diagnostics.flush();
            result.ok = !reporter.hasErrors();
            if (result.ok) {
                try (var walk = Files.walk(classes)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        if (Files.isRegularFile(p)) {
                            result.classes.put(classes.relativize(p).toString(), Files.readAllBytes(p));
                        }
                    }
                }
            }
            return result;
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
