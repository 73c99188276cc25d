package dev.leaseport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.Yaml;

/** Kubernetes objects as plain maps, as {@code kubectl kustomize} renders them. */
record Manifests(List<Map<String, Object>> objects) {

  @SuppressWarnings("unchecked")
  static Manifests parse(String yaml) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object document : new Yaml().loadAll(yaml)) {
      if (document instanceof Map<?, ?> map) {
        objects.add((Map<String, Object>) map);
      }
    }
    return new Manifests(objects);
  }

  static Manifests read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean kubectlIsInstalled() {
    try {
      return run(List.of("kubectl", "version", "--client")).exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Renders a kustomization offline, as an operator would before applying it. Deprecation warnings
   * of newer kubectl versions go to stderr and are ignored.
   */
  static Manifests render(Path kustomization) throws IOException {
    Result result = run(List.of("kubectl", "kustomize", kustomization.toString()));
    if (result.exitCode() != 0) {
      throw new IllegalStateException("kubectl kustomize failed: " + result.errors());
    }
    return parse(result.output());
  }

  List<Map<String, Object>> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  Optional<Map<String, Object>> find(String kind, String name) {
    return ofKind(kind).stream().filter(o -> name.equals(at(o, "metadata", "name"))).findFirst();
  }

  /** A nested value, or null when any step is missing. */
  static Object at(Object node, String... path) {
    Object current = node;
    for (String step : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(step);
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String... path) {
    Object value = at(node, path);
    return value instanceof Map<?, ?> found ? (Map<String, Object>) found : Map.of();
  }

  private record Result(int exitCode, String output, String errors) {}

  private static Result run(List<String> command) throws IOException {
    Process process = new ProcessBuilder(command).start();
    try {
      // Both are small (a few dozen kB at most), so reading one after the other cannot block.
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command + " did not finish in 60 s");
      }
      return new Result(process.exitValue(), output, errors);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
