package org.recflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 15 item 7: every model in processes/ is drawn so that people can read it. From the BPMN DI alone (shapes'
 * bounds, edges' waypoints, labels' bounds, all in diagram pixels) it finds: two flows whose lines cross or run over
 * each other (flows that merge into or fork from the same element may share a line and join it; any two flows may meet
 * inside the bounds of an element both touch), a flow drawn through an element it does not connect, a flow drawn
 * through a label, two labels that overlap, a label over an element, and a flow whose ends are not on its source and
 * target. Any finding fails the model, with the ids in the message.
 */
class DiagramLayoutTest {

    static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DD_DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final double EPS = 0.5;

    record Box(double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w - EPS && o.x < x + w - EPS && y < o.y + o.h - EPS && o.y < y + h - EPS;
        }

        boolean contains(Pt p, double slack) {
            return p.x >= x - slack && p.x <= x + w + slack && p.y >= y - slack && p.y <= y + h + slack;
        }

        boolean onBorder(Pt p) {
            return contains(p, 1.5) && !new Box(x + 1.5, y + 1.5, w - 3, h - 3).contains(p, 0);
        }

        /** Whether the segment passes through the box's interior (touching its border is not passing through). */
        boolean crossedBy(Pt a, Pt b) {
            Box in = new Box(x + EPS, y + EPS, w - 2 * EPS, h - 2 * EPS);
            // Liang-Barsky clipping against the shrunk box
            double t0 = 0;
            double t1 = 1;
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {a.x - in.x, in.x + in.w - a.x, a.y - in.y, in.y + in.h - a.y};
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t0 < t1;
        }
    }

    record Pt(double x, double y) {
    }

    record Shape(String id, Box bounds, Box label) {
    }

    record Edge(String id, String source, String target, List<Pt> points, Box label) {
    }

    record Diagram(String name, Map<String, Shape> shapes, List<Edge> edges, List<String> flowsWithoutEdge,
            List<String> nodesWithoutShape) {
    }

    static Stream<Path> models() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
        }
    }

    @Test
    void everyModelOfTheRepositoryIsChecked() throws Exception {
        assertThat(models().map(p -> p.getFileName().toString())).contains("aap-approval.bpmn", "tap-approval.bpmn",
                "question-approval.bpmn", "recommendation-deletion.bpmn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theModelIsDrawnWithoutCrossingsOrOverlaps(Path model) throws Exception {
        Diagram d;
        try (InputStream in = Files.newInputStream(model)) {
            d = parse(model.getFileName().toString(), in);
        }
        assertThat(d.shapes()).isNotEmpty();
        assertThat(findings(d)).isEmpty();
    }

    @Test
    void twoFlowsThatCrossAndTwoLabelsThatOverlapAreFound() throws Exception {
        // a -> b straight across; c -> d straight down through it; both labels at the same place
        String xml = model("""
                <bpmn:startEvent id="a" /><bpmn:endEvent id="b" /><bpmn:startEvent id="c" /><bpmn:endEvent id="d" />
                <bpmn:sequenceFlow id="ab" name="x" sourceRef="a" targetRef="b" />
                <bpmn:sequenceFlow id="cd" name="y" sourceRef="c" targetRef="d" />
                """, """
                <bpmndi:BPMNShape bpmnElement="a"><dc:Bounds x="0" y="82" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="b"><dc:Bounds x="300" y="82" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="c"><dc:Bounds x="132" y="0" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="d"><dc:Bounds x="132" y="300" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge bpmnElement="ab"><di:waypoint x="36" y="100" /><di:waypoint x="300" y="100" />
                  <bpmndi:BPMNLabel><dc:Bounds x="200" y="200" width="40" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge bpmnElement="cd"><di:waypoint x="150" y="36" /><di:waypoint x="150" y="300" />
                  <bpmndi:BPMNLabel><dc:Bounds x="210" y="205" width="40" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
                """);
        List<String> found = findings(parse("crossing", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertThat(found).anyMatch(f -> f.startsWith("flows ab and cd cross at (150, 100)"));
        assertThat(found).anyMatch(f -> f.startsWith("labels of ab and cd overlap"));
        assertThat(found).hasSize(2);
    }

    @Test
    void flowsMergingIntoOneGatewayMayShareALineButNotCrossEachOther() throws Exception {
        // a and c merge into gateway g: c joins a's line from below (allowed); e -> f runs over the shared line (not)
        String xml = model("""
                <bpmn:startEvent id="a" /><bpmn:startEvent id="c" /><bpmn:exclusiveGateway id="g" />
                <bpmn:startEvent id="e" /><bpmn:endEvent id="f" />
                <bpmn:sequenceFlow id="ag" sourceRef="a" targetRef="g" />
                <bpmn:sequenceFlow id="cg" sourceRef="c" targetRef="g" />
                <bpmn:sequenceFlow id="ef" sourceRef="e" targetRef="f" />
                """, """
                <bpmndi:BPMNShape bpmnElement="a"><dc:Bounds x="0" y="82" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="c"><dc:Bounds x="132" y="200" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="g"><dc:Bounds x="300" y="75" width="50" height="50" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="e"><dc:Bounds x="182" y="300" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNShape bpmnElement="f"><dc:Bounds x="182" y="0" width="36" height="36" /></bpmndi:BPMNShape>
                <bpmndi:BPMNEdge bpmnElement="ag"><di:waypoint x="36" y="100" /><di:waypoint x="300" y="100" /></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge bpmnElement="cg"><di:waypoint x="150" y="200" /><di:waypoint x="150" y="100" />
                  <di:waypoint x="300" y="100" /></bpmndi:BPMNEdge>
                <bpmndi:BPMNEdge bpmnElement="ef"><di:waypoint x="200" y="300" /><di:waypoint x="200" y="36" /></bpmndi:BPMNEdge>
                """);
        List<String> found = findings(parse("merge", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        assertThat(found).containsExactlyInAnyOrder("flows ag and ef cross at (200, 100)", "flows cg and ef cross at (200, 100)");
    }

    static String model(String process, String plane) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="t" targetNamespace="t">
                  <bpmn:process id="p">%s</bpmn:process>
                  <bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement="p">%s</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(process, plane).strip();
    }

    static Diagram parse(String name, InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(in);
        Map<String, String[]> flows = new LinkedHashMap<>();
        List<String> nodes = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Element process = (Element) doc.getElementsByTagNameNS(MODEL, "process").item(0);
        NodeList children = process.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                if (e.getAttribute("name").isBlank()) {
                    unnamed.add(e.getAttribute("id"));
                }
                if (e.getLocalName().equals("sequenceFlow")) {
                    flows.put(e.getAttribute("id"), new String[] {e.getAttribute("sourceRef"), e.getAttribute("targetRef")});
                } else if (e.getLocalName().endsWith("Event") || e.getLocalName().endsWith("Gateway")
                        || e.getLocalName().endsWith("Task")) {
                    nodes.add(e.getAttribute("id"));
                }
            }
        }
        Map<String, Shape> shapes = new LinkedHashMap<>();
        NodeList shapeNodes = doc.getElementsByTagNameNS(DI, "BPMNShape");
        for (int i = 0; i < shapeNodes.getLength(); i++) {
            Element s = (Element) shapeNodes.item(i);
            String id = s.getAttribute("bpmnElement");
            // bpmn-js draws no label for an element without a name, whatever bounds the DI gives it
            shapes.put(id, new Shape(id, box(firstChild(s, DC, "Bounds")), unnamed.contains(id) ? null : label(s)));
        }
        List<Edge> edges = new ArrayList<>();
        NodeList edgeNodes = doc.getElementsByTagNameNS(DI, "BPMNEdge");
        for (int i = 0; i < edgeNodes.getLength(); i++) {
            Element e = (Element) edgeNodes.item(i);
            String id = e.getAttribute("bpmnElement");
            List<Pt> points = new ArrayList<>();
            NodeList wps = e.getElementsByTagNameNS(DD_DI, "waypoint");
            for (int j = 0; j < wps.getLength(); j++) {
                Element w = (Element) wps.item(j);
                points.add(new Pt(Double.parseDouble(w.getAttribute("x")), Double.parseDouble(w.getAttribute("y"))));
            }
            String[] ends = flows.getOrDefault(id, new String[] {"?", "?"});
            edges.add(new Edge(id, ends[0], ends[1], points, unnamed.contains(id) ? null : label(e)));
        }
        List<String> withoutEdge = flows.keySet().stream().filter(f -> edges.stream().noneMatch(e -> e.id().equals(f))).toList();
        List<String> withoutShape = nodes.stream().filter(n -> !shapes.containsKey(n)).toList();
        return new Diagram(name, shapes, edges, withoutEdge, withoutShape);
    }

    static Element firstChild(Element parent, String ns, String local) {
        NodeList list = parent.getElementsByTagNameNS(ns, local);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    static Box label(Element owner) {
        Element label = firstChild(owner, DI, "BPMNLabel");
        return label == null ? null : box(firstChild(label, DC, "Bounds"));
    }

    static Box box(Element b) {
        return new Box(Double.parseDouble(b.getAttribute("x")), Double.parseDouble(b.getAttribute("y")),
                Double.parseDouble(b.getAttribute("width")), Double.parseDouble(b.getAttribute("height")));
    }

    /** Everything that makes the diagram hard to read, one sentence each; empty when it is clean. */
    static List<String> findings(Diagram d) {
        List<String> found = new ArrayList<>();
        d.flowsWithoutEdge().forEach(f -> found.add("flow " + f + " is not drawn"));
        d.nodesWithoutShape().forEach(n -> found.add("element " + n + " is not drawn"));
        List<Edge> edges = d.edges();
        for (Edge e : edges) {
            Shape source = d.shapes().get(e.source());
            Shape target = d.shapes().get(e.target());
            if (e.points().size() < 2 || source == null || target == null) {
                found.add("flow " + e.id() + " has no line between drawn elements");
                continue;
            }
            if (!source.bounds().onBorder(e.points().get(0)) || !target.bounds().onBorder(e.points().get(e.points().size() - 1))) {
                found.add("flow " + e.id() + " does not start on " + e.source() + " and end on " + e.target());
            }
            for (Shape s : d.shapes().values()) {
                if (!s.id().equals(e.source()) && !s.id().equals(e.target()) && crosses(e, s.bounds())) {
                    found.add("flow " + e.id() + " runs through " + s.id());
                }
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                String crossing = crossing(d, edges.get(i), edges.get(j));
                if (crossing != null) {
                    found.add("flows " + edges.get(i).id() + " and " + edges.get(j).id() + " cross at " + crossing);
                }
            }
        }
        Map<String, Box> labels = new LinkedHashMap<>();
        d.shapes().values().stream().filter(s -> s.label() != null).forEach(s -> labels.put(s.id(), s.label()));
        edges.stream().filter(e -> e.label() != null).forEach(e -> labels.put(e.id(), e.label()));
        List<String> ids = new ArrayList<>(labels.keySet());
        for (int i = 0; i < ids.size(); i++) {
            Box a = labels.get(ids.get(i));
            for (int j = i + 1; j < ids.size(); j++) {
                if (a.overlaps(labels.get(ids.get(j)))) {
                    found.add("labels of " + ids.get(i) + " and " + ids.get(j) + " overlap");
                }
            }
            for (Shape s : d.shapes().values()) {
                if (a.overlaps(s.bounds())) {
                    found.add("label of " + ids.get(i) + " lies over " + s.id());
                }
            }
            for (Edge e : edges) {
                if (crosses(e, a)) {
                    found.add("flow " + e.id() + " runs through the label of " + ids.get(i));
                }
            }
        }
        return found;
    }

    static boolean crosses(Edge e, Box b) {
        for (int k = 0; k + 1 < e.points().size(); k++) {
            if (b.crossedBy(e.points().get(k), e.points().get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where two flows' lines meet in a way a reader cannot follow, as "(x, y)", or null. Meeting inside an element both
     * flows touch is their shared end. Flows with the same source (a fork) or the same target (a merge) may share a
     * line and one may end its bend on the other's line, but not cross it.
     */
    static String crossing(Diagram d, Edge a, Edge b) {
        List<Box> sharedEnds = Stream.of(a.source(), a.target())
                .filter(x -> x.equals(b.source()) || x.equals(b.target()))
                .map(x -> d.shapes().get(x)).filter(Objects::nonNull).map(Shape::bounds).toList();
        boolean forkOrMerge = a.source().equals(b.source()) || a.target().equals(b.target());
        for (int i = 0; i + 1 < a.points().size(); i++) {
            for (int j = 0; j + 1 < b.points().size(); j++) {
                Pt p1 = a.points().get(i);
                Pt p2 = a.points().get(i + 1);
                Pt q1 = b.points().get(j);
                Pt q2 = b.points().get(j + 1);
                for (Pt meet : meetings(p1, p2, q1, q2)) {
                    if (sharedEnds.stream().anyMatch(s -> s.contains(meet, 1))) {
                        continue;
                    }
                    boolean proper = !meet.equals(p1) && !meet.equals(p2) && !meet.equals(q1) && !meet.equals(q2)
                            && !parallel(p1, p2, q1, q2);
                    if (forkOrMerge && !proper) {
                        continue;
                    }
                    return "(" + Math.round(meet.x()) + ", " + Math.round(meet.y()) + ")";
                }
            }
        }
        return null;
    }

    static boolean parallel(Pt p1, Pt p2, Pt q1, Pt q2) {
        return Math.abs(cross(p2.x() - p1.x(), p2.y() - p1.y(), q2.x() - q1.x(), q2.y() - q1.y())) < 1e-9;
    }

    static double cross(double ax, double ay, double bx, double by) {
        return ax * by - ay * bx;
    }

    /** The points where segments p and q meet: none, one, or for collinear overlapping segments the overlap's ends. */
    static List<Pt> meetings(Pt p1, Pt p2, Pt q1, Pt q2) {
        double rx = p2.x() - p1.x();
        double ry = p2.y() - p1.y();
        double sx = q2.x() - q1.x();
        double sy = q2.y() - q1.y();
        double denom = cross(rx, ry, sx, sy);
        double qpx = q1.x() - p1.x();
        double qpy = q1.y() - p1.y();
        if (Math.abs(denom) < 1e-9) {
            if (Math.abs(cross(qpx, qpy, rx, ry)) > 1e-9) {
                return List.of();
            }
            // collinear: project q's ends on p
            double len = rx * rx + ry * ry;
            if (len == 0) {
                return List.of();
            }
            double t0 = (qpx * rx + qpy * ry) / len;
            double t1 = t0 + (sx * rx + sy * ry) / len;
            double lo = Math.max(0, Math.min(t0, t1));
            double hi = Math.min(1, Math.max(t0, t1));
            if (lo > hi + 1e-9) {
                return List.of();
            }
            double mid = (lo + hi) / 2;
            return List.of(new Pt(p1.x() + lo * rx, p1.y() + lo * ry), new Pt(p1.x() + mid * rx, p1.y() + mid * ry),
                    new Pt(p1.x() + hi * rx, p1.y() + hi * ry));
        }
        double t = cross(qpx, qpy, sx, sy) / denom;
        double u = cross(qpx, qpy, rx, ry) / denom;
        if (t < -1e-9 || t > 1 + 1e-9 || u < -1e-9 || u > 1 + 1e-9) {
            return List.of();
        }
        return List.of(new Pt(p1.x() + t * rx, p1.y() + t * ry));
    }
}
