package dev.leaseport.deploy;

import dev.leaseport.deploy.Containerfile.Instruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the image must be, checked on the Containerfile's text because no image can be built here.
 * Each rule returns its violations, so a test shows each one failing on a broken fixture.
 */
final class ContainerfileRules {
  private static final Pattern DIGEST = Pattern.compile("@sha256:[0-9a-f]{64}$");
  private static final Pattern VERSION_TAG = Pattern.compile(":\\d+\\.\\d+[^:/@]*$");
  private static final String OWNER = "--chown=1001:0";

  private final Containerfile file;
  private final Path context;
  private final LibertyServerXml server;
  private final BuildContextIgnore ignore;

  /**
   * @param context the build context the COPY sources are relative to (the repository root)
   */
  ContainerfileRules(
      Containerfile file, Path context, LibertyServerXml server, BuildContextIgnore ignore) {
    this.file = file;
    this.context = context;
    this.server = server;
    this.ignore = ignore;
  }

  List<String> all() {
    List<String> violations = new ArrayList<>();
    violations.addAll(baseImageIsPinned());
    violations.addAll(runsAsNonRootUser());
    violations.addAll(carriesNoSecrets());
    violations.addAll(installsTheServerFeatures());
    violations.addAll(exposesTheHttpPort());
    violations.addAll(copiesFilesOwnedByTheLibertyUser());
    violations.addAll(configuresTheServerLast());
    violations.addAll(setsContainerAwareHeap());
    violations.addAll(copiesFilesThatExist());
    violations.addAll(copiesFilesTheBuildContextSends());
    return violations;
  }

  /** An exact version tag or a digest: {@code latest} or no tag would change under us. */
  List<String> baseImageIsPinned() {
    List<String> violations = new ArrayList<>();
    for (Instruction from : file.all("FROM")) {
      String image = from.paths().get(0);
      boolean pinned =
          DIGEST.matcher(image).find()
              || (VERSION_TAG.matcher(image).find() && !image.endsWith(":latest"));
      if (!pinned) {
        violations.add("FROM " + image + " is not pinned to an exact version tag or a digest");
      }
    }
    if (file.all("FROM").isEmpty()) {
      violations.add("no FROM");
    }
    return violations;
  }

  List<String> runsAsNonRootUser() {
    List<Instruction> users = file.all("USER");
    if (users.isEmpty()) {
      return List.of("no USER: the image would run as its base image's user");
    }
    String user = users.get(users.size() - 1).arguments().strip().split(":")[0];
    return user.equals("root") || user.equals("0")
        ? List.of("USER " + user + " runs the server as root")
        : List.of();
  }

  /** Passwords, secrets, keys and tokens come from the environment at run time, never the image. */
  List<String> carriesNoSecrets() {
    List<String> violations = new ArrayList<>();
    for (Instruction instruction : file.instructions()) {
      if (!instruction.keyword().equals("ENV") && !instruction.keyword().equals("ARG")) {
        continue;
      }
      List<String> words = instruction.words();
      boolean legacyForm = words.size() > 1 && !words.get(0).contains("=");
      List<String[]> pairs = new ArrayList<>();
      if (legacyForm) {
        pairs.add(new String[] {words.get(0), String.join(" ", words.subList(1, words.size()))});
      } else {
        words.forEach(w -> pairs.add(w.split("=", 2)));
      }
      for (String[] pair : pairs) {
        boolean hasValue = pair.length > 1 && !pair[1].replace("\"", "").isBlank();
        if (EnvExample.isSecret(pair[0]) && hasValue) {
          violations.add(instruction.keyword() + " " + pair[0] + " puts a secret into the image");
        }
      }
    }
    return violations;
  }

  /**
   * features.sh installs the features of the configuration present when it runs, so exactly
   * server.xml's features must be in /config by then, and nothing copied later may ask for more.
   */
  List<String> installsTheServerFeatures() {
    List<Instruction> instructions = file.instructions();
    int featuresRun = -1;
    for (int i = 0; i < instructions.size(); i++) {
      if (isRun(instructions.get(i), "features.sh")) {
        featuresRun = i;
        break;
      }
    }
    if (featuresRun < 0) {
      return List.of("never runs features.sh: a kernel-slim image has no features of its own");
    }
    Set<String> installed = new LinkedHashSet<>();
    Set<String> requested = new LinkedHashSet<>(server.features());
    for (int i = 0; i < instructions.size(); i++) {
      for (Path xml : configurationXmlCopiedBy(instructions.get(i))) {
        Set<String> features = LibertyServerXml.read(xml).features();
        requested.addAll(features);
        if (i < featuresRun) {
          installed.addAll(features);
        }
      }
    }
    List<String> violations = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>(requested);
    missing.removeAll(installed);
    if (!missing.isEmpty()) {
      violations.add("features.sh does not install " + missing + " (not in /config before it)");
    }
    Set<String> extra = new LinkedHashSet<>(installed);
    extra.removeAll(server.features());
    if (!extra.isEmpty()) {
      violations.add("installs features server.xml does not list: " + extra);
    }
    return violations;
  }

  List<String> exposesTheHttpPort() {
    String port = server.variableDefaults().get("LEASEPORT_HTTP_PORT");
    boolean exposed =
        file.all("EXPOSE").stream()
            .flatMap(e -> e.words().stream())
            .anyMatch(w -> w.split("/")[0].equals(port));
    return exposed ? List.of() : List.of("does not EXPOSE the HTTP port " + port);
  }

  /** Liberty's images run as 1001 in group 0 (any uid in OpenShift): files must suit both. */
  List<String> copiesFilesOwnedByTheLibertyUser() {
    List<String> violations = new ArrayList<>();
    for (Instruction copy : copies()) {
      if (!copy.hasFlag(OWNER)) {
        violations.add(copy.keyword() + " " + copy.arguments() + " lacks " + OWNER);
      }
    }
    return violations;
  }

  /** configure.sh warms the class cache with the server complete: it must come after every COPY. */
  List<String> configuresTheServerLast() {
    List<Instruction> instructions = file.instructions();
    int configure = -1;
    int lastCopy = -1;
    for (int i = 0; i < instructions.size(); i++) {
      if (isRun(instructions.get(i), "configure.sh")) {
        configure = i;
      }
      if (copies().contains(instructions.get(i))) {
        lastCopy = i;
      }
    }
    if (configure < 0) {
      return List.of("never runs configure.sh");
    }
    return configure < lastCopy ? List.of("runs configure.sh before the last COPY") : List.of();
  }

  List<String> setsContainerAwareHeap() {
    boolean inEnv =
        file.all("ENV").stream().anyMatch(e -> e.arguments().contains("MaxRAMPercentage"));
    boolean inJvmOptions =
        copies().stream()
            .filter(c -> target(c).endsWith("jvm.options"))
            .map(c -> context.resolve(c.paths().get(0)))
            .anyMatch(p -> Files.exists(p) && read(p).contains("-XX:MaxRAMPercentage="));
    return inEnv || inJvmOptions
        ? List.of()
        : List.of("no -XX:MaxRAMPercentage: the heap would ignore the container's memory limit");
  }

  /** Sources in the repository must exist; build outputs (target/) appear with the build. */
  List<String> copiesFilesThatExist() {
    List<String> violations = new ArrayList<>();
    for (Instruction copy : copies()) {
      for (String source : sources(copy)) {
        if (!source.contains("target/") && !Files.exists(context.resolve(source))) {
          violations.add("copies " + source + ", which does not exist");
        }
      }
    }
    return violations;
  }

  /**
   * A source left out of the build context by .dockerignore fails the build on the user's machine.
   */
  List<String> copiesFilesTheBuildContextSends() {
    List<String> violations = new ArrayList<>();
    for (Instruction copy : copies()) {
      for (String source : sources(copy)) {
        if (!ignore.sends(source)) {
          violations.add("copies " + source + ", which .dockerignore leaves out of the context");
        }
      }
    }
    return violations;
  }

  private List<Path> configurationXmlCopiedBy(Instruction instruction) {
    if (!copies().contains(instruction) || !isConfigFolder(target(instruction))) {
      return List.of();
    }
    return sources(instruction).stream()
        .filter(s -> s.endsWith(".xml"))
        .map(context::resolve)
        .filter(Files::exists)
        .toList();
  }

  private static boolean isConfigFolder(String target) {
    return target.startsWith("/config") || target.startsWith("/opt/ol/wlp/usr/servers/");
  }

  private List<Instruction> copies() {
    return file.instructions().stream()
        .filter(i -> i.keyword().equals("COPY") || i.keyword().equals("ADD"))
        .toList();
  }

  private static List<String> sources(Instruction copy) {
    List<String> paths = copy.paths();
    return paths.subList(0, paths.size() - 1);
  }

  private static String target(Instruction copy) {
    List<String> paths = copy.paths();
    return paths.get(paths.size() - 1);
  }

  private static boolean isRun(Instruction instruction, String script) {
    return instruction.keyword().equals("RUN") && instruction.words().contains(script);
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
