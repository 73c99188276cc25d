package dev.leaseport.bootstrap.config;

import java.util.regex.Pattern;

/**
 * Masks what a logged URL may carry besides its address: {@code user:password@} and the value of
 * every parameter whose name suggests a secret ({@code password}, {@code sslpassword}, {@code
 * sslkey}, {@code *token*}, {@code *secret*}, {@code *key*}...). Wider than needed on purpose: a
 * masked harmless value costs nothing, a logged password does.
 */
final class UrlRedaction {
  static final String MASK = "***";
  private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:]*):[^/?#@]*@");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile(
          "(?i)([?&;][^=&;#]*(?:pass|pwd|secret|token|key|credential|auth)[^=&;#]*=)[^&;#]*");

  private UrlRedaction() {}

  static String redact(String url) {
    String withoutUserInfo = USER_INFO.matcher(url).replaceFirst("$1:" + MASK + "@");
    return SECRET_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + MASK);
  }
}
