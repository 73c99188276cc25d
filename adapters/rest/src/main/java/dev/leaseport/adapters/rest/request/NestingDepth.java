package dev.leaseport.adapters.rest.request;

/**
 * How deeply a JSON text nests objects and arrays, counted on the raw text before any parser sees
 * it: the parser's own limit (1,000) is far above any body Leaseport reads, and it fails with a
 * bare runtime exception rather than a JSON error.
 */
final class NestingDepth {
  private NestingDepth() {}

  /** Whether {@code json} opens more than {@code max} objects or arrays inside one another. */
  static boolean exceeds(String json, int max) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++; // the escaped character cannot end the string
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > max) {
          return true;
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return false;
  }
}
