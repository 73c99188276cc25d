package dev.leaseport.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A Containerfile as its instructions, continuation lines joined and comments dropped. */
record Containerfile(List<Instruction> instructions) {

  /** One instruction: its keyword (upper case) and the rest of the line. */
  record Instruction(String keyword, String arguments) {
    List<String> words() {
      return Arrays.asList(arguments.strip().split("\\s+"));
    }

    /** For COPY and ADD: the words that are not {@code --flags}; the last one is the target. */
    List<String> paths() {
      return words().stream().filter(w -> !w.startsWith("--")).toList();
    }

    boolean hasFlag(String flag) {
      return words().contains(flag);
    }
  }

  static Containerfile read(Path file) {
    try {
      return parse(Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Containerfile parse(List<String> lines) {
    List<Instruction> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      String stripped = line.strip();
      if (stripped.isEmpty() || stripped.startsWith("#")) {
        continue;
      }
      if (stripped.endsWith("\\")) {
        current.append(stripped, 0, stripped.length() - 1).append(' ');
        continue;
      }
      current.append(stripped);
      String[] parts = current.toString().split("\\s+", 2);
      instructions.add(
          new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
      current.setLength(0);
    }
    return new Containerfile(instructions);
  }

  List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }
}
