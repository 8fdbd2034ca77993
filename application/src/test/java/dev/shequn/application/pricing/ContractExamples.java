package dev.shequn.application.pricing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The examples of the pricing contract, copied from {@code contract/examples} into the test resources.
 * Found on the class path, as files or inside the application test-jar, so that every module reaches the
 * same copy.
 */
public final class ContractExamples {

    public static final String FOLDER = "contract/examples";

    private ContractExamples() {}

    /** A request with the answer the contract expects for it. */
    public record Example(String name, String request, String expected) {
        public boolean isRefusal() {
            return expected.contains("\"https://shequn.dev/problems/invalid-request\"");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every example, by name. */
    public static List<Example> all() {
        return names().stream().map(ContractExamples::example).toList();
    }

    public static Example example(String name) {
        return new Example(name, resource(name + ".request.json"), resource(name + ".answer.json"));
    }

    static List<String> names() {
        URL folder = ContractExamples.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException(FOLDER + " is not on the class path");
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = jarFileSystem(uri)) {
                    return names(jar.getPath(FOLDER));
                }
            }
            return names(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IllegalStateException("the test-jar file system is already open", e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".request.json"))
                    .map(name -> name.substring(0, name.length() - ".request.json".length()))
                    .sorted()
                    .toList();
        }
    }

    private static String resource(String file) {
        try (InputStream in = ContractExamples.class.getClassLoader().getResourceAsStream(FOLDER + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing example file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
