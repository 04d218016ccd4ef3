// The warm compiler (testcompiler.run.compiler): one long-running JVM that compiles program after program with
// javac (javax.tools) exactly as the single-file source launcher does (launcher.py), and answers with the class
// files, which the executor then runs in a JVM of the program's own.
//
// It never runs candidate code: it only hands the source to javac, with -proc:none (no annotation processor,
// the one way javac would load and run classes named by the code it compiles) and no plugin; javac parses,
// attributes and writes class files, and constant folding is javac's own code. No compiled class is ever
// loaded here: the class files leave as bytes. What a source can do to this JVM is make javac slow, big or
// crash, which the executor meets by throwing the server away and running that program as it would without
// it.
//
// Protocol, on stdin and stdout. A request is "<job> <length>\n" and that many bytes of UTF-8 source. The
// answer is "<token> <job> <word> <length>\n" and that many bytes: OK (the first top-level class's binary
// name, the number of class files, each on a line, then per class file "<length> <path>\n" and its bytes;
// then javac's warnings), FAIL (javac's
// diagnostics: the program does not compile) or CRASH (javac threw: the executor decides by itself). The
// first answer, after one compile that warms javac up, is "<token> - READY 0".
//
// Arguments: the token, then javac's options (the class path).

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.*;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.*;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.*;

public class CompileServer {
    static final String WARM_UP = "import java.util.*;\nclass Problem {\n"
        + "    static long f(ArrayList<Long> xs) { long s = 0; for (long x : xs) s += x; return s; }\n"
        + "    public static void main(String[] args) {\n"
        + "        System.out.println(f(new ArrayList<Long>(Arrays.asList(1L, 2L))));\n    }\n}\n";

    // What javac prints when it crashes (JavacTaskImpl.handleExceptions' "msg.bug"); a source that makes its
    // diagnostics quote it only gets itself compiled the cold way.
    static final String BUG = "An exception has occurred in the compiler";

    final String token;
    final List<String> options;
    final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    final StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    final OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);

    CompileServer(String token, List<String> options) throws IOException {
        this.token = token;
        this.options = options;
        files.setLocation(StandardLocation.SOURCE_PATH, Collections.emptyList());  // as the launcher
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
            } catch (Throwable e) {  // javac crashed (or ran out of stack or memory): not an ordinary answer
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
        String mainClass;
        final Map<String, byte[]> classes = new LinkedHashMap<>();
        final StringWriter diagnostics = new StringWriter();

        byte[] payload() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (ok) {
                bytes.write((mainClass + "\n" + classes.size() + "\n").getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                    String path = e.getKey().replace('.', '/') + ".class";
                    bytes.write((e.getValue().length + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
                    bytes.write(e.getValue());
                }
            }
            bytes.write(diagnostics.toString().getBytes(StandardCharsets.UTF_8));
            return bytes.toByteArray();
        }
    }

    /** What the source launcher (jdk.compiler's com.sun.tools.javac.launcher.Main) does before it runs the
     * first top-level class: the same file object, options and listener, class files kept in memory. */
    Compiled compile(String text) {
        Compiled result = new Compiled();
        JavaFileObject source = new SimpleJavaFileObject(URI.create("file:///tmp/tc_main.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public String getName() {
                return "tc_main.java";
            }

            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }

            @Override
            public boolean isNameCompatible(String simpleName, JavaFileObject.Kind kind) {
                // the launcher's rule: any class name, but package-info and module-info
                return kind == JavaFileObject.Kind.SOURCE && SourceVersion.isIdentifier(simpleName);
            }
        };
        JavaFileManager memory = new ForwardingJavaFileManager<JavaFileManager>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(
                    Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                    throws IOException {
                if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
                    return super.getJavaFileForOutput(location, className, kind, sibling);  // as the launcher
                }
                URI uri = URI.create("memory:///" + className.replace('.', '/') + ".class");
                return new SimpleJavaFileObject(uri, JavaFileObject.Kind.CLASS) {
                    @Override
                    public OutputStream openOutputStream() {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() throws IOException {
                                super.close();
                                result.classes.put(className, toByteArray());
                            }
                        };
                    }
                };
            }
        };
        List<String> flags = new ArrayList<>(options);
        flags.addAll(List.of("-proc:none", "-Xdiags:verbose"));
        PrintWriter diagnostics = new PrintWriter(result.diagnostics);
        JavacTask task = (JavacTask) javac.getTask(diagnostics, memory, null, flags, null, List.of(source));
        task.addTaskListener(new TaskListener() {
            @Override
            public void started(TaskEvent event) {
                if (event.getKind() == TaskEvent.Kind.ANALYZE && result.mainClass == null) {
                    TypeElement type = event.getTypeElement();
                    if (type.getNestingKind() == NestingKind.TOP_LEVEL) {
                        result.mainClass = type.getQualifiedName().toString();
                    }
                }
            }
        });
        boolean ok = task.call();
        if (!ok && (result.diagnostics.toString().contains(BUG))) {
            // javac caught its own crash (out of stack or memory, a bug): what it would make of the source
            // with the one command's cold JVM is not known here
            throw new IllegalStateException("javac crashed");
        }
        if (ok && result.mainClass == null) {
            diagnostics.println("error: no class declared in source file");
        } else if (!ok) {
            diagnostics.println("error: compilation failed");
        }
        diagnostics.flush();
        result.ok = ok && result.mainClass != null;
        return result;
    }
}
