package dev.leaseport.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a Liberty configuration file declares: its features and its variables' defaults. */
record LibertyServerXml(Set<String> features, Map<String, String> variableDefaults) {

  static LibertyServerXml read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(in).getDocumentElement();
      Set<String> features = new LinkedHashSet<>();
      NodeList featureElements = root.getElementsByTagName("feature");
      for (int i = 0; i < featureElements.getLength(); i++) {
        if (featureElements.item(i).getParentNode().getNodeName().equals("featureManager")) {
          features.add(featureElements.item(i).getTextContent().strip());
        }
      }
      Map<String, String> variables = new LinkedHashMap<>();
      NodeList variableElements = root.getElementsByTagName("variable");
      for (int i = 0; i < variableElements.getLength(); i++) {
        Element variable = (Element) variableElements.item(i);
        variables.put(variable.getAttribute("name"), variable.getAttribute("defaultValue"));
      }
      return new LibertyServerXml(features, variables);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + file, e);
    }
  }

  /** The root server.xml, which the build, the tests and the image all use. */
  static LibertyServerXml ofRepository() {
    return read(RepositoryRoot.resolve("server.xml"));
  }
}
