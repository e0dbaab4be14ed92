package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checks of rendered charts shared by the chart tests. */
final class ChartAssertions {
    private ChartAssertions() {
    }

    /** The file is a PNG image of the given size. */
    static void assertPng(Path png, ChartSize size) throws Exception {
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " decodes");
        assertEquals(size.width(), image.getWidth());
        assertEquals(size.height(), image.getHeight());
    }

    /** The file is well-formed SVG with a viewBox, and its text holds {@code text}. */
    static Document assertSvg(Path svg, String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertTrue(root.hasAttribute("viewBox"));
        assertTrue(texts(doc).stream().anyMatch(t -> t.contains(text)), "SVG text holds '" + text + "'");
        return doc;
    }

    static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    /** The labels of the chart's legend. */
    static List<String> legend(JFreeChart chart) {
        LegendItemCollection items = ((XYPlot) chart.getPlot()).getLegendItems();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
