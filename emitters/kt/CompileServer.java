// The warm compiler (testcompiler.run.compiler) for Kotlin: one long-running JVM that compiles program after
// program with Kotlin's own command-line compiler class (K2JVMCompiler, from the Debian kotlin package's
// kotlin-compiler.jar), called with exactly the arguments the one command gives kotlinc (runtime.py), and
// answers with the class files, which the executor then runs in a JVM of the program's own.
//
// It never runs candidate code. Kotlin 1.3 evaluates nothing of a program at compile time: constant folding
// is the compiler's own code, there are no macros, and compiler plugins or annotation processors (kapt) run
// only when named by -Xplugin or kapt's own options, which are never given. The source is a .kt file, never
// a script (.kts, whose definitions could be loaded). No compiled class is loaded here: the class files
// leave as bytes. What a source can do to this JVM is make the compiler slow, big or crash, which the
// executor meets by throwing the server away and running that program as it would without it.
//
// Protocol (emitters/java/CompileServer.java's), on stdin and stdout. A request is "<job> <length>\n" and
// that many bytes of UTF-8 source. The answer is "<token> <job> <word> <length>\n" and that many bytes: OK
// (the class to run, the number of class files, each on a line, then per class file "<length> <path>\n" and
// its bytes; then the compiler's warnings), FAIL (its diagnostics: the program does not compile) or CRASH
// (the compiler threw or reported an internal error: the executor decides by itself). The first answer,
// after compiles that warm the compiler up, is "<token> - READY 0".
//
// Arguments: the token, "--", then the compiler's arguments.

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

public class CompileServer {
    static final String WARM_UP = "fun f(xs: List<Long>): Long = xs.sum()\n"
        + "fun main() {\n    println(f(mutableListOf<Long>(1L, 2L)) + mapOf(\"a\" to 1).size)\n}\n";
    static final String SOURCE = "tc_main.kt";  // as runtime.py names it: its facade class is Tc_mainKt
    static final String MAIN = "Tc_mainKt";

    final String token;
    final List<String> options;
    final OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);

    CompileServer(String token, List<String> options) {
        this.token = token;
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        int split = Arrays.asList(args).indexOf("--");
        CompileServer server = new CompileServer(args[0], List.of(args).subList(split + 1, args.length));
        for (int i = 0; i < 3; i++) server.compile(WARM_UP);
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
            } catch (Throwable e) {  // the compiler crashed (or ran out of stack or memory)
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
        final Map<String, byte[]> classes = new LinkedHashMap<>();
        final ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

        byte[] payload() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (ok) {
                bytes.write((MAIN + "\n" + classes.size() + "\n").getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                    bytes.write((e.getValue().length + " " + e.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                    bytes.write(e.getValue());
                }
            }
            bytes.write(diagnostics.toByteArray());
            return bytes.toByteArray();
        }
    }

    /** What `kotlinc tc_main.kt -d <classes> <options>` does, in this JVM: the source in a fresh directory of
     * the server's own, the class files read back and the directory removed. */
    Compiled compile(String text) throws IOException {
        Compiled result = new Compiled();
        Path work = Files.createTempDirectory(Paths.get("."), "job");
        try {
            Path source = work.resolve(SOURCE);
            Files.write(source, text.getBytes(StandardCharsets.UTF_8));
            Path classes = work.resolve("classes");
            List<String> argv = new ArrayList<>(List.of(source.toString(), "-d", classes.toString()));
            argv.addAll(options);
            PrintStream diagnostics = new PrintStream(result.diagnostics, true, StandardCharsets.UTF_8);
            ExitCode code = new K2JVMCompiler().exec(diagnostics, argv.toArray(new String[0]));
            diagnostics.flush();
            // the one command's diagnostics name the file as it is, without the server's directory
            String said = result.diagnostics.toString(StandardCharsets.UTF_8).replace(work + "/", "").replace(work.getFileName() + "/", "");
            result.diagnostics.reset();
            result.diagnostics.write(said.getBytes(StandardCharsets.UTF_8));
            if (code == ExitCode.INTERNAL_ERROR) {
                throw new IllegalStateException("the compiler crashed");
            }
            result.ok = code == ExitCode.OK;
            if (result.ok) {
                try (Stream<Path> found = Files.walk(classes)) {
                    for (Path p : found.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
                        result.classes.put(classes.relativize(p).toString(), Files.readAllBytes(p));
                    }
                }
            }
            return result;
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.deleteIfExists(p);
            }
        }
    }
}
