package de.iserlohn.digital;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.iserlohn.digital.platform.casefile.RetentionClass;
import de.iserlohn.digital.platform.figures.MediaBreaks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Conventions of the model folders, checked on the files themselves: every model has a diagram, a
 * history time-to-live of its retention class and no Modeler default ids; every delegate bean
 * exists; every form key has its form and every form is used.
 */
class ModelLintTests {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  static final Pattern DEFAULT_ID =
      Pattern.compile(
          "^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|UserTask|ServiceTask|"
              + "SequenceFlow|Process|Definitions|Decision|DecisionTable|InputClause|"
              + "OutputClause|DecisionRule|UnaryTests|LiteralExpression|Participant|Lane|"
              + "Collaboration|Gateway|BoundaryEvent|IntermediateThrowEvent|Form)_"
              + "([0-9a-z]{7}|\\d+)$");
  static final Pattern EXPRESSION_BEAN = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");

  /** An expression inside a model: ${...} or #{...}. */
  static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

  /** A name at the start of a member access (bean.method or bean.property), outside quotes. */
  static final Pattern ACCESSED_NAME = Pattern.compile("(?<![\\w.])([A-Za-z][A-Za-z0-9]*)\\s*\\.");

  /** Names the engine itself offers in expressions; every other accessed name is a bean. */
  static final Set<String> ENGINE_NAMES =
      Set.of("execution", "task", "variables", "connector", "decisionResult");

  /** A gateway condition comparing a variable with a text value. */
  static final Pattern COMPARED_VALUE =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*[!=]=\\s*'([^']*)'");

  static final Set<Integer> RETENTION_DAYS =
      Arrays.stream(RetentionClass.values()).map(RetentionClass::days).collect(Collectors.toSet());

  static final Set<String> MEDIA_BREAK_STEP_TYPES =
      Set.of(
          "userTask",
          "serviceTask",
          "sendTask",
          "receiveTask",
          "manualTask",
          "task",
          "intermediateThrowEvent",
          "intermediateCatchEvent",
          "callActivity");

  static List<Path> bpmnFiles;
  static List<Path> dmnFiles;
  static Map<String, Path> forms;
  static Set<String> componentBeans;

  @BeforeAll
  static void load() throws IOException {
    bpmnFiles = files("processes", ".bpmn");
    dmnFiles = files("dmn", ".dmn");
    forms = new HashMap<>();
    for (Path form : files("forms", ".form")) {
      JsonNode json = new ObjectMapper().readTree(form.toFile());
      forms.put(json.path("id").asText(), form);
    }
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    var names = new AnnotationBeanNameGenerator();
    var registry = new SimpleBeanDefinitionRegistry();
    componentBeans =
        scanner.findCandidateComponents("de.iserlohn.digital").stream()
            .map(bd -> names.generateBeanName(bd, registry))
            .collect(Collectors.toSet());
  }

  @Test
  void everyBpmnModelHasADiagramForEveryElement() throws Exception {
    assertThat(bpmnFiles).isNotEmpty();
    for (Path file : bpmnFiles) {
      Document doc = parse(file);
      Set<String> shown = new HashSet<>();
      for (String tag : List.of("BPMNShape", "BPMNEdge")) {
        NodeList nodes = doc.getElementsByTagNameNS(BPMNDI, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
          shown.add(((Element) nodes.item(i)).getAttribute("bpmnElement"));
        }
      }
      for (Element process : elements(doc, BPMN, "process")) {
        for (Element child : children(process)) {
          if (!child.getLocalName().equals("extensionElements")
              && !child.getLocalName().equals("documentation")
              && !child.getLocalName().equals("laneSet")) {
            assertThat(shown)
                .as(file + ": diagram of " + child.getAttribute("id"))
                .contains(child.getAttribute("id"));
          }
        }
      }
    }
  }

  @Test
  void everyProcessKeepsHistoryForTheDaysOfItsRetentionClass() throws Exception {
    for (Path file : bpmnFiles) {
      for (Element process : elements(parse(file), BPMN, "process")) {
        String ttl = process.getAttributeNS(CAMUNDA, "historyTimeToLive");
        String retention = camundaProperty(process, "retentionClass");
        assertThat(retention).as(file + ": retentionClass property").isNotNull();
        assertThat(Integer.parseInt(ttl))
            .as(file + ": historyTimeToLive")
            .isEqualTo(RetentionClass.valueOf(retention).days());
      }
    }
  }

  @Test
  void everyDecisionKeepsHistoryForTheDaysOfARetentionClass() throws Exception {
    for (Path file : dmnFiles) {
      for (Element decision : elements(parse(file), DMN, "decision")) {
        // the engine reads the attribute in the Camunda DMN namespace
        String ttl = decision.getAttributeNS(CAMUNDA_DMN, "historyTimeToLive");
        if (ttl.isEmpty()) {
          ttl = decision.getAttributeNS(CAMUNDA, "historyTimeToLive");
        }
        assertThat(ttl)
            .as(file + ": historyTimeToLive of " + decision.getAttribute("id"))
            .isNotEmpty();
        assertThat(RETENTION_DAYS).as(file + ": historyTimeToLive").contains(Integer.parseInt(ttl));
      }
    }
  }

  @Test
  void noModelUsesModelerDefaultIds() throws Exception {
    for (Path file : concat(bpmnFiles, dmnFiles)) {
      Document doc = parse(file);
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        if (!id.isEmpty() && !id.endsWith("_di")) {
          assertThat(DEFAULT_ID.matcher(id).matches()).as(file + ": default id " + id).isFalse();
        }
      }
      for (Path form : forms.values()) {
        assertThat(
                DEFAULT_ID
                    .matcher(new ObjectMapper().readTree(form.toFile()).path("id").asText())
                    .matches())
            .as(form + ": form id")
            .isFalse();
      }
    }
  }

  @Test
  void everyDelegateExpressionNamesAnExistingBean() throws Exception {
    for (Path file : bpmnFiles) {
      NodeList all = parse(file).getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String expression = ((Element) all.item(i)).getAttributeNS(CAMUNDA, "delegateExpression");
        if (!expression.isEmpty()) {
          Matcher bean = EXPRESSION_BEAN.matcher(expression);
          assertThat(bean.matches()).as(file + ": " + expression).isTrue();
          assertThat(componentBeans).as(file + ": bean of " + expression).contains(bean.group(1));
        }
      }
    }
  }

  /**
   * A media break (printing and posting, paper coming in, manual re-keying) is marked on the step
   * with the property {@code medienbruch=true} (the KPI "medienbruchfrei" reads it): only on steps
   * of a process, only with the value {@code true}, and the known media breaks are marked.
   */
  @Test
  void mediaBreaksAreMarkedOnStepsWithTheMedienbruchProperty() throws Exception {
    Set<String> marked = new HashSet<>();
    for (Path file : bpmnFiles) {
      for (Element property : elements(parse(file), CAMUNDA, "property")) {
        if (!MediaBreaks.PROPERTY.equals(property.getAttribute("name"))) {
          continue;
        }
        Element step = (Element) property.getParentNode().getParentNode().getParentNode();
        String where = file + ": " + step.getAttribute("id");
        assertThat(property.getAttribute("value"))
            .as(where + " medienbruch value")
            .isEqualTo("true");
        assertThat(step.getLocalName())
            .as(where + " medienbruch on a step")
            .isIn(MEDIA_BREAK_STEP_TYPES);
        assertThat(step.getAttribute("name")).as(where + " name").isNotBlank();
        marked.add(
            ((Element) step.getParentNode()).getAttribute("id") + "#" + step.getAttribute("id"));
      }
    }
    assertThat(marked)
        .as("the known media breaks (docs/ozg.md, docs/dashboard.md)")
        .containsExactlyInAnyOrder(
            "civil-status-certificate#DispatchCertificate",
            "civil-status-certificate#RefundFee",
            "ozg-request-documents#PaperReplyJoined",
            "invoice-capture#CaptureInvoice");
  }

  @Test
  void everyBeanThatAnExpressionUsesExists() throws Exception {
    for (Path file : bpmnFiles) {
      for (String expression : expressions(parse(file))) {
        Matcher name = ACCESSED_NAME.matcher(expression.replaceAll("'[^']*'", "''"));
        while (name.find()) {
          if (!ENGINE_NAMES.contains(name.group(1))) {
            assertThat(componentBeans)
                .as(file + ": bean " + name.group(1) + " of ${" + expression + "}")
                .contains(name.group(1));
          }
        }
      }
    }
  }

  @Test
  void everyValueAGatewayComparesIsAnOptionOfTheFormOrDecisionThatSetsIt() throws Exception {
    Map<String, Element> processes = new HashMap<>();
    for (Path file : bpmnFiles) {
      for (Element process : elements(parse(file), BPMN, "process")) {
        processes.put(process.getAttribute("id"), process);
      }
    }
    Map<String, String> decisionOutputs = new HashMap<>();
    for (Path file : dmnFiles) {
      for (Element decision : elements(parse(file), DMN, "decision")) {
        decisionOutputs.put(decision.getAttribute("id"), decision.getTextContent());
      }
    }
    int compared = 0;
    for (Element process : processes.values()) {
      String where = process.getAttribute("id");
      for (Element condition : descendants(process, BPMN, "conditionExpression")) {
        Matcher comparison = COMPARED_VALUE.matcher(condition.getTextContent());
        while (comparison.find()) {
          compared++;
          String variable = comparison.group(1);
          String value = comparison.group(2);
          Set<String> options = new HashSet<>();
          boolean declared = false;
          for (String formId : formsOf(process, processes)) {
            JsonNode component =
                formComponent(new ObjectMapper().readTree(forms.get(formId).toFile()), variable);
            if (component != null && component.has("values")) {
              declared = true;
              component.path("values").forEach(v -> options.add(v.path("value").asText()));
            }
          }
          for (Element rule : descendants(process, BPMN, "businessRuleTask")) {
            if (variable.equals(rule.getAttributeNS(CAMUNDA, "resultVariable"))) {
              declared = true;
              String outputs =
                  decisionOutputs.getOrDefault(rule.getAttributeNS(CAMUNDA, "decisionRef"), "");
              if (outputs.contains("\"" + value + "\"")) {
                options.add(value);
              }
            }
          }
          assertThat(declared)
              .as(where + ": no form or decision of the model sets " + variable)
              .isTrue();
          assertThat(options).as(where + ": " + variable + " == '" + value + "'").contains(value);
        }
      }
    }
    assertThat(compared).as("gateway comparisons checked").isPositive();
  }

  @Test
  void everyUserTaskHasAFormACandidateGroupAndAGermanName() throws Exception {
    for (Path file : bpmnFiles) {
      for (Element task : elements(parse(file), BPMN, "userTask")) {
        String where = file + ": " + task.getAttribute("id");
        assertThat(task.getAttribute("name")).as(where + " name").isNotBlank();
        assertThat(task.getAttributeNS(CAMUNDA, "formRef")).as(where + " formRef").isNotBlank();
        assertThat(
                task.getAttributeNS(CAMUNDA, "candidateGroups")
                    + task.getAttributeNS(CAMUNDA, "assignee"))
            .as(where + " candidate group")
            .isNotBlank();
      }
    }
  }

  @Test
  void everyFormKeyHasItsFormAndEveryFormIsUsed() throws Exception {
    Set<String> referenced = new HashSet<>();
    for (Path file : bpmnFiles) {
      NodeList all = parse(file).getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String ref = ((Element) all.item(i)).getAttributeNS(CAMUNDA, "formRef");
        if (!ref.isEmpty()) {
          assertThat(forms).as(file + ": form " + ref).containsKey(ref);
          referenced.add(ref);
        }
      }
    }
    assertThat(referenced).as("forms referenced by a model").containsAll(forms.keySet());
  }

  /**
   * Every user-task form links to its Vorgang page in the clerks' workspace: a text component with
   * the Markdown link "Vorgang öffnen" to {@code /akte/vorgang/{{caseNumber}}} (the engine sets the
   * variable for every task of a process on a Vorgang), hidden where a process has no Vorgang.
   */
  @Test
  void everyUserTaskFormLinksToItsVorgang() throws Exception {
    for (Path file : bpmnFiles) {
      for (Element task : elements(parse(file), BPMN, "userTask")) {
        Path form = forms.get(task.getAttributeNS(CAMUNDA, "formRef"));
        assertThat(form).as(file + ": form of " + task.getAttribute("id")).isNotNull();
        assertThat(vorgangLinks(form))
            .as(form + ": text component \"[Vorgang öffnen](" + VORGANG_LINK + ")\"")
            .hasSize(1);
      }
    }
  }

  static final String VORGANG_LINK = "/akte/vorgang/{{caseNumber}}";

  static List<JsonNode> vorgangLinks(Path form) throws IOException {
    List<JsonNode> links = new ArrayList<>();
    for (JsonNode component : new ObjectMapper().readTree(form.toFile()).path("components")) {
      if ("text".equals(component.path("type").asText())
          && component.path("text").asText().contains("[Vorgang öffnen](" + VORGANG_LINK + ")")) {
        links.add(component);
      }
    }
    return links;
  }

  @Test
  void everyFormIsNamedAfterItsId() {
    forms.forEach((id, file) -> assertThat(file.getFileName().toString()).isEqualTo(id + ".form"));
  }

  /** Every expression of a model: in attributes (expression, delegateExpression, ...) and texts. */
  static List<String> expressions(Document doc) {
    List<String> result = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      var attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        collectExpressions(attributes.item(a).getNodeValue(), result);
      }
      for (var n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE
            || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
          collectExpressions(n.getNodeValue(), result);
        }
      }
    }
    return result;
  }

  static void collectExpressions(String text, List<String> into) {
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      into.add(expression.group(1));
    }
  }

  /** The forms a process shows: its own form keys and those of the processes it calls. */
  static Set<String> formsOf(Element process, Map<String, Element> processes) {
    Set<String> result = new HashSet<>();
    List<Element> scope = new ArrayList<>(List.of(process));
    for (Element call : descendants(process, BPMN, "callActivity")) {
      Element called = processes.get(call.getAttribute("calledElement"));
      if (called != null) {
        scope.add(called);
      }
    }
    for (Element element : scope) {
      NodeList all = element.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String ref = ((Element) all.item(i)).getAttributeNS(CAMUNDA, "formRef");
        if (forms.containsKey(ref)) {
          result.add(ref);
        }
      }
    }
    return result;
  }

  /** The component of a form (at any depth) that sets the variable, or null. */
  static JsonNode formComponent(JsonNode container, String key) {
    for (JsonNode component : container.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode nested = formComponent(component, key);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  static List<Element> descendants(Element parent, String ns, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(ns, name);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  static List<Path> files(String folder, String suffix) throws IOException {
    Path root = Path.of(folder);
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static List<Element> elements(Document doc, String ns, String name) {
    NodeList nodes = doc.getElementsByTagNameNS(ns, name);
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add((Element) nodes.item(i));
    }
    return result;
  }

  static List<Element> children(Element parent) {
    List<Element> result = new ArrayList<>();
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        result.add(e);
      }
    }
    return result;
  }

  static String camundaProperty(Element process, String name) {
    for (Element property : elements(process.getOwnerDocument(), CAMUNDA, "property")) {
      if (name.equals(property.getAttribute("name"))
          && property.getParentNode().getParentNode().getParentNode() == process) {
        return property.getAttribute("value");
      }
    }
    return null;
  }

  static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
