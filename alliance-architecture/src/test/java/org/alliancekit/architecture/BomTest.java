package org.alliancekit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM a consumer imports says the same as the build: the same versions of the third-party
 * libraries, every published module, and Moneta without its HTTP client.
 */
class BomTest {
  /** Modules of the build that are not published for consumers. */
  private static final Set<String> UNPUBLISHED =
      Set.of(
          "alliancekit-bom",
          "alliance-architecture",
          "examples",
          "benchmarks",
          "alliance-consumer-check");

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void pinsTheBuildsVersions() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    Document bom = parse(ROOT.resolve("alliancekit-bom/pom.xml"));
    assertEquals(
        text(parent.getDocumentElement(), "version"), text(bom.getDocumentElement(), "version"));
    Map<String, String> parentProperties = properties(parent);
    Map<String, String> bomProperties = properties(bom);
    assertTrue(bomProperties.containsKey("guava.version"), bomProperties.toString());
    for (Map.Entry<String, String> property : bomProperties.entrySet()) {
      if (property.getKey().startsWith("project.")) {
        continue;
      }
      assertEquals(
          parentProperties.get(property.getKey()),
          property.getValue(),
          "property " + property.getKey() + " of the BOM differs from the parent pom's");
    }
  }

  @Test
  void listsEveryPublishedModule() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    Document bom = parse(ROOT.resolve("alliancekit-bom/pom.xml"));
    List<String> managed = managedArtifacts(bom);
    List<String> modules = new ArrayList<>();
    NodeList moduleNodes = parent.getElementsByTagName("module");
    for (int i = 0; i < moduleNodes.getLength(); i++) {
      // Only the reactor's modules: Checkstyle's configuration has <module> elements too.
      if (moduleNodes.item(i).getParentNode().getNodeName().equals("modules")) {
        modules.add(moduleNodes.item(i).getTextContent().trim());
      }
    }
    assertTrue(modules.contains("alliance-model"), modules.toString());
    for (String module : modules) {
      if (!UNPUBLISHED.contains(module)) {
        assertTrue(managed.contains("org.alliancekit:" + module), module + " is not in the BOM");
      }
    }
  }

  @Test
  void leavesOutMonetasHttpClient() throws Exception {
    for (Path pom : List.of(ROOT.resolve("pom.xml"), ROOT.resolve("alliancekit-bom/pom.xml"))) {
      Element moneta = managed(parse(pom), "org.javamoney.moneta:moneta-core");
      List<String> excluded = new ArrayList<>();
      NodeList exclusions = moneta.getElementsByTagName("exclusion");
      for (int i = 0; i < exclusions.getLength(); i++) {
        Element exclusion = (Element) exclusions.item(i);
        excluded.add(text(exclusion, "groupId") + ":" + text(exclusion, "artifactId"));
      }
      assertEquals(List.of("com.squareup.okhttp3:okhttp"), excluded, pom.toString());
    }
  }

  private static Document parse(Path pom) throws Exception {
    assertTrue(Files.isRegularFile(pom), pom + " missing");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static Map<String, String> properties(Document pom) {
    Map<String, String> properties = new LinkedHashMap<>();
    Element section = child(pom.getDocumentElement(), "properties");
    NodeList children = section.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element property) {
        properties.put(property.getTagName(), property.getTextContent().trim());
      }
    }
    return properties;
  }

  private static List<String> managedArtifacts(Document pom) {
    List<String> artifacts = new ArrayList<>();
    for (Element dependency : managedDependencies(pom)) {
      artifacts.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
    }
    return artifacts;
  }

  private static Element managed(Document pom, String coordinates) {
    for (Element dependency : managedDependencies(pom)) {
      if ((text(dependency, "groupId") + ":" + text(dependency, "artifactId"))
          .equals(coordinates)) {
        return dependency;
      }
    }
    throw new AssertionError(coordinates + " is not managed");
  }

  private static List<Element> managedDependencies(Document pom) {
    Element management = child(pom.getDocumentElement(), "dependencyManagement");
    Element dependencies = child(management, "dependencies");
    List<Element> result = new ArrayList<>();
    NodeList children = dependencies.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element dependency) {
        result.add(dependency);
      }
    }
    assertFalse(result.isEmpty());
    return result;
  }

  private static Element child(Element parent, String name) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    throw new AssertionError("<" + name + "> missing in <" + parent.getTagName() + ">");
  }

  private static String text(Element parent, String name) {
    return child(parent, name).getTextContent().trim();
  }
}
