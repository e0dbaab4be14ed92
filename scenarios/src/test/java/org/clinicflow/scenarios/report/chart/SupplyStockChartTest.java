package org.clinicflow.scenarios.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Supply stock: a panel per item with its reorder point, four items per chart. */
class SupplyStockChartTest {
    private static StockTrajectory item(int i) {
        double[] mean = {100, 80, 60, 140};
        double[] min = {100, 70, 40, 120};
        double[] max = {100, 90, 75, 150};
        return new StockTrajectory("item-" + i, "Item " + i, 50 + i, 2, mean, min, max);
    }

    @Test
    void pagesOfFourItemsWithReorderPoints(@TempDir Path dir) throws Exception {
        List<StockTrajectory> items = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            items.add(item(i));
        }
        List<JFreeChart> charts = SupplyStockChart.create(items, "test");
        assertEquals(3, charts.size());
        assertEquals(SupplyStockChart.TITLE + " (1 of 3)", charts.get(0).getTitle().getText());
        CombinedDomainXYPlot first = (CombinedDomainXYPlot) charts.get(0).getPlot();
        CombinedDomainXYPlot last = (CombinedDomainXYPlot) charts.get(2).getPlot();
        assertEquals(4, first.getSubplots().size());
        assertEquals(1, last.getSubplots().size());
        assertEquals(SupplyStockChart.DAY_AXIS, first.getDomainAxis().getLabel());
        assertEquals(2, first.getDomainAxis().getLowerBound(), "days count from the first observed day");
        assertEquals(5, first.getDomainAxis().getUpperBound());
        XYPlot panel = first.getSubplots().get(1);
        ValueMarker reorder = (ValueMarker) panel.getRangeMarkers(Layer.FOREGROUND).iterator().next();
        assertEquals(51, reorder.getValue(), "item 1's reorder point");
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) panel.getDataset();
        assertEquals(40, data.getStartYValue(0, 2), 1e-12, "band from the lowest replication");
        assertEquals(75, data.getEndYValue(0, 2), 1e-12);
        assertEquals(List.of(SupplyStockChart.MEAN, SupplyStockChart.BAND, SupplyStockChart.REORDER),
                ChartAssertions.legend(charts.get(0)));

        RenderedChart r = ChartFiles.write(charts.get(0), dir, "supply", ChartSize.SLIDE);
        ChartAssertions.assertPng(r.png(), ChartSize.SLIDE);
        ChartAssertions.assertSvg(r.svg(), "Item 3");
    }
}
