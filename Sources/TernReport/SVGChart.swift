// Draws one time chart as inline SVG: gridded axes with units, lines (plain or
// stepped, solid or dashed, with optional markers), grey phase bars whose labels
// are stacked in rows so they never overlap, and a legend under the plot.

import Foundation

/// How a line is stroked.
public enum StrokeStyle: Sendable {
    case solid, dashed, dotted, dashDot

    var dashArray: String? {
        switch self {
        case .solid: return nil
        case .dashed: return "7 4"
        case .dotted: return "2 3"
        case .dashDot: return "9 3 2 3"
        }
    }
}

/// A marker drawn at every point of a line (used for per-collection values).
public enum PointMarker: Sendable {
    case triangleUp, triangleDown, circle
}

/// One line of a chart and its legend entry.
public struct ChartLine: Sendable {
    public var name: String
    public var color: String
    public var points: [SeriesPoint]
    public var stroke: StrokeStyle = .solid
    public var strokeWidth = 2.0
    public var isStep = false
    public var marker: PointMarker? = nil
    /// Text of the SVG tooltip shown when hovering the line.
    public var tooltip: String? = nil
    /// Starts a new legend row, so that each run's entries stay together.
    public var startsLegendRow = false
    /// A bold heading (the run's label) drawn at the start of this line's legend row.
    public var legendHeading: String? = nil
    /// The text shown in the legend when shorter than `name` (the heading already names the run).
    public var legendText: String? = nil
}

/// A phase start drawn as a grey bar; the label takes the colour of its run.
public struct PhaseMarker: Sendable {
    public var name: String
    public var seconds: Double
    public var labelColor: String
}

/// Everything one chart needs; `render()` produces the `<svg>` element.
public struct ChartSpec: Sendable {
    public var id: String
    public var title: String
    public var yQuantity: AxisQuantity
    public var yTitle: String
    public var xMaximumSeconds: Double
    public var lines: [ChartLine]
    public var phases: [PhaseMarker]
    /// Legend text for the phase bars; nil leaves them out of the legend.
    public var phaseLegendText: String? = "phase start"
    /// Shown in the middle of the plot when no line has data.
    public var emptyMessage = "no data"
    public var width = 1200.0
    public var plotHeight = 360.0
}

/// Lays out and renders a `ChartSpec` as SVG text.
public struct SVGChart {
    static let characterWidth = 6.6
    static let labelRowHeight = 15.0
    static let maximumLabelRows = 8
    let spec: ChartSpec
    let left = 78.0, right = 28.0

    public init(_ spec: ChartSpec) { self.spec = spec }

    var plotWidth: Double { spec.width - left - right }

    /// The whole `<svg>` element with a `<title>` for accessibility.
    public func render() -> String {
        let xScale = AxisScale(quantity: .seconds, dataMaximum: spec.xMaximumSeconds, targetTicks: 10)
        let yMaximum = spec.lines.flatMap { $0.points.map(\.value) }.max() ?? 0
        let yScale = AxisScale(quantity: spec.yQuantity, dataMaximum: yMaximum * 1.04, targetTicks: 6)
        let labelRows = layoutPhaseLabels(xScale: xScale)
        let rowCount = (labelRows.map(\.row).max() ?? -1) + 1
        let top = 14 + Double(rowCount) * SVGChart.labelRowHeight + (rowCount > 0 ? 6 : 0)
        let bottom = top + spec.plotHeight
        let legendItems = legendEntries()
        let legendLayout = layoutLegend(legendItems)
        let legendTop = bottom + 54
        let height = legendTop + legendLayout.height + 8
        func x(_ seconds: Double) -> Double { left + xScale.fraction(seconds) * plotWidth }
        func y(_ value: Double) -> Double { bottom - yScale.fraction(value) * spec.plotHeight }

        var svg = "<svg id=\"\(spec.id)\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
        svg += "viewBox=\"0 0 \(format(spec.width)) \(format(height))\" width=\"\(format(spec.width))\" height=\"\(format(height))\" role=\"img\">\n"
        svg += "<title>\(escapeXML(spec.title))</title>\n"
        svg += "<rect class=\"plot-area\" x=\"\(format(left))\" y=\"\(format(top))\" width=\"\(format(plotWidth))\" height=\"\(format(spec.plotHeight))\"/>\n"
        // Grid and ticks.
        for tick in yScale.ticks {
            let position = y(tick)
            svg += "<line class=\"grid\" x1=\"\(format(left))\" x2=\"\(format(left + plotWidth))\" y1=\"\(format(position))\" y2=\"\(format(position))\"/>"
            svg += "<text class=\"tick\" x=\"\(format(left - 8))\" y=\"\(format(position + 4))\" text-anchor=\"end\">\(yScale.label(tick))</text>\n"
        }
        for tick in xScale.ticks {
            let position = x(tick)
            svg += "<line class=\"grid\" x1=\"\(format(position))\" x2=\"\(format(position))\" y1=\"\(format(top))\" y2=\"\(format(bottom))\"/>"
            svg += "<text class=\"tick\" x=\"\(format(position))\" y=\"\(format(bottom + 18))\" text-anchor=\"middle\">\(xScale.label(tick))</text>\n"
        }
        // Phase bars under the lines, labels above the plot.
        for placed in labelRows {
            let barX = x(placed.marker.seconds)
            let labelY = 14 + Double(placed.row) * SVGChart.labelRowHeight + 10
            svg += "<g class=\"phase\" data-phase=\"\(escapeXML(placed.marker.name))\">"
            svg += "<line class=\"phase-leader\" x1=\"\(format(barX))\" x2=\"\(format(barX))\" y1=\"\(format(labelY + 3))\" y2=\"\(format(top))\"/>"
            svg += "<rect class=\"phase-bar\" x=\"\(format(barX - 1.5))\" y=\"\(format(top))\" width=\"3\" height=\"\(format(spec.plotHeight))\"/>"
            let anchor = placed.anchorsEnd ? "end" : "start"
            let textX = placed.anchorsEnd ? barX - 3 : barX + 3
            svg += "<text class=\"phase-label\" x=\"\(format(textX))\" y=\"\(format(labelY))\" text-anchor=\"\(anchor)\" fill=\"\(placed.marker.labelColor)\">\(escapeXML(placed.marker.name))</text></g>\n"
        }
        // Lines and markers.
        var anyData = false
        for line in spec.lines where !line.points.isEmpty {
            anyData = true
            let points = thin(line.points, xScale: xScale)
            var path = ""
            var previousY: Double?
            for point in points {
                let pointX = x(point.seconds), pointY = y(point.value)
                if let previousY, line.isStep {
                    path += " L\(format(pointX)) \(format(previousY)) L\(format(pointX)) \(format(pointY))"
                } else {
                    path += (path.isEmpty ? "M" : " L") + "\(format(pointX)) \(format(pointY))"
                }
                previousY = pointY
            }
            svg += "<g class=\"series\" data-name=\"\(escapeXML(line.name))\">"
            if let tooltip = line.tooltip { svg += "<title>\(escapeXML(tooltip))</title>" }
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"\(format(line.strokeWidth))\" stroke-linejoin=\"round\""
            if let dash = line.stroke.dashArray { svg += " stroke-dasharray=\"\(dash)\"" }
            svg += "/>"
            if let marker = line.marker {
                for point in points { svg += markerShape(marker, x: x(point.seconds), y: y(point.value), color: line.color) }
            }
            svg += "</g>\n"
        }
        if !anyData {
            let boxWidth = Double(spec.emptyMessage.count) * 7.4 + 24
            svg += "<rect class=\"empty-backdrop\" x=\"\(format(left + (plotWidth - boxWidth) / 2))\" y=\"\(format(top + spec.plotHeight / 2 - 17))\" width=\"\(format(boxWidth))\" height=\"26\" rx=\"4\"/>"
            svg += "<text class=\"empty-message\" x=\"\(format(left + plotWidth / 2))\" y=\"\(format(top + spec.plotHeight / 2))\" text-anchor=\"middle\">\(escapeXML(spec.emptyMessage))</text>\n"
        }
        // Axes and titles.
        svg += "<line class=\"axis\" x1=\"\(format(left))\" x2=\"\(format(left))\" y1=\"\(format(top))\" y2=\"\(format(bottom))\"/>"
        svg += "<line class=\"axis\" x1=\"\(format(left))\" x2=\"\(format(left + plotWidth))\" y1=\"\(format(bottom))\" y2=\"\(format(bottom))\"/>\n"
        let yUnit = yScale.unitName.isEmpty ? "" : " (\(yScale.unitName))"
        svg += "<text class=\"axis-title\" transform=\"translate(18 \(format(top + spec.plotHeight / 2))) rotate(-90)\" text-anchor=\"middle\">\(escapeXML(spec.yTitle + yUnit))</text>\n"
        svg += "<text class=\"axis-title\" x=\"\(format(left + plotWidth / 2))\" y=\"\(format(bottom + 40))\" text-anchor=\"middle\">time since start (\(xScale.unitName))</text>\n"
        // Legend.
        svg += "<g class=\"legend\">\n"
        for (index, item) in legendItems.enumerated() {
            let position = legendLayout.positions[index]
            let itemX = left + position.x, itemY = legendTop + position.y
            guard let swatch = item.swatch else {
                svg += "<text class=\"legend-heading\" x=\"\(format(itemX))\" y=\"\(format(itemY + 4))\" fill=\"\(item.color)\">\(escapeXML(item.shownText))</text>\n"
                continue
            }
            svg += "<g class=\"legend-entry\" data-name=\"\(escapeXML(item.text))\">"
            svg += swatch(itemX, itemY)
            svg += "<text class=\"legend-text\" x=\"\(format(itemX + 36))\" y=\"\(format(itemY + 4))\">\(escapeXML(item.shownText))</text></g>\n"
        }
        svg += "</g>\n</svg>"
        return svg
    }

    /// A phase label placed in a row above the plot, left- or right-anchored at its bar.
    struct PlacedLabel {
        var marker: PhaseMarker
        var row: Int
        var anchorsEnd: Bool
    }

    /// Puts each label in the first row where it does not overlap an earlier one.
    func layoutPhaseLabels(xScale: AxisScale) -> [PlacedLabel] {
        var rowsRightEdge: [Double] = []
        var placed: [PlacedLabel] = []
        for marker in spec.phases.sorted(by: { $0.seconds < $1.seconds }) {
            let barX = left + xScale.fraction(marker.seconds) * plotWidth
            let textWidth = Double(marker.name.count) * SVGChart.characterWidth + 6
            let anchorsEnd = barX + textWidth > spec.width - 4
            let startX = anchorsEnd ? barX - textWidth : barX
            var row = rowsRightEdge.firstIndex { $0 + 6 < startX }
            if row == nil {
                if rowsRightEdge.count < SVGChart.maximumLabelRows {
                    rowsRightEdge.append(-Double.infinity)
                    row = rowsRightEdge.count - 1
                } else {
                    // Out of rows: reuse the row that frees up first (overlap is the lesser evil).
                    row = rowsRightEdge.indices.min { rowsRightEdge[$0] < rowsRightEdge[$1] }
                }
            }
            rowsRightEdge[row!] = max(rowsRightEdge[row!], startX + textWidth)
            placed.append(PlacedLabel(marker: marker, row: row!, anchorsEnd: anchorsEnd))
        }
        return placed
    }

    /// A legend item: its text and a function drawing its swatch at a position.
    /// A legend item: a line's entry (text, swatch) or, without a swatch, a row heading.
    struct LegendItem {
        var text: String
        var shownText: String
        var startsRow = false
        var color = "#222"
        var swatch: ((Double, Double) -> String)?

        var width: Double {
            swatch == nil ? Double(shownText.count) * (SVGChart.characterWidth + 0.6) + 16
                : 36 + Double(shownText.count) * SVGChart.characterWidth + 24
        }
    }

    func legendEntries() -> [LegendItem] {
        var items: [LegendItem] = []
        for line in spec.lines {
            if let heading = line.legendHeading {
                items.append(LegendItem(text: heading, shownText: heading + ":", startsRow: true, color: line.color, swatch: nil))
            }
            let startsRow = line.startsLegendRow && line.legendHeading == nil
            items.append(LegendItem(text: line.name, shownText: line.legendText ?? line.name, startsRow: startsRow) { x, y in
                var swatch = "<line x1=\"\(format(x))\" x2=\"\(format(x + 28))\" y1=\"\(format(y))\" y2=\"\(format(y))\" stroke=\"\(line.color)\" stroke-width=\"\(format(max(2, line.strokeWidth)))\""
                if let dash = line.stroke.dashArray { swatch += " stroke-dasharray=\"\(dash)\"" }
                swatch += "/>"
                if let marker = line.marker { swatch += markerShape(marker, x: x + 14, y: y, color: line.color) }
                return swatch
            })
        }
        if let phaseText = spec.phaseLegendText, !spec.phases.isEmpty {
            items.append(LegendItem(text: phaseText, shownText: phaseText) { x, y in
                "<rect class=\"phase-bar\" x=\"\(format(x + 12.5))\" y=\"\(format(y - 8))\" width=\"3\" height=\"16\"/>"
            })
        }
        return items
    }

    /// Flows legend items left to right, wrapping at the plot width.
    func layoutLegend(_ items: [LegendItem]) -> (positions: [(x: Double, y: Double)], height: Double) {
        var positions: [(x: Double, y: Double)] = []
        var cursorX = 0.0, cursorY = 0.0
        // Row headings share one column so that the runs' entries line up under each other.
        let headingColumn = items.filter { $0.swatch == nil }.map(\.width).max() ?? 0
        for item in items {
            let itemWidth = item.width
            if cursorX > 0 && (cursorX + itemWidth > plotWidth || item.startsRow) {
                cursorX = 0
                cursorY += 22
            }
            positions.append((cursorX, cursorY))
            cursorX += item.swatch == nil ? headingColumn : itemWidth
        }
        return (positions, items.isEmpty ? 0 : cursorY + 14)
    }

    /// Keeps at most about four points per pixel column (first, lowest, highest, last).
    func thin(_ points: [SeriesPoint], xScale: AxisScale) -> [SeriesPoint] {
        guard points.count > Int(plotWidth) * 4 else { return points }
        var result: [SeriesPoint] = []
        var bucket: [SeriesPoint] = []
        var bucketColumn = -1
        func flush() {
            guard let first = bucket.first, let last = bucket.last else { return }
            let lowest = bucket.min { $0.value < $1.value }!, highest = bucket.max { $0.value < $1.value }!
            let kept = [first, lowest, highest, last].sorted { $0.seconds < $1.seconds }
            for point in kept where result.last != point { result.append(point) }
            bucket.removeAll(keepingCapacity: true)
        }
        for point in points {
            let column = Int(min(1e9, max(-1e9, xScale.fraction(point.seconds) * plotWidth)))
            if column != bucketColumn { flush(); bucketColumn = column }
            bucket.append(point)
        }
        flush()
        return result
    }

    func markerShape(_ marker: PointMarker, x: Double, y: Double, color: String) -> String {
        switch marker {
        case .circle:
            return "<circle cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"3.5\" fill=\"\(color)\"/>"
        case .triangleUp:
            return "<path d=\"M\(format(x)) \(format(y - 5)) L\(format(x + 4.5)) \(format(y + 3)) L\(format(x - 4.5)) \(format(y + 3))Z\" fill=\"\(color)\"/>"
        case .triangleDown:
            return "<path d=\"M\(format(x)) \(format(y + 5)) L\(format(x + 4.5)) \(format(y - 3)) L\(format(x - 4.5)) \(format(y - 3))Z\" fill=\"white\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
        }
    }
}

/// One decimal place is plenty for SVG coordinates; absurd ones (from a corrupt log) are clamped.
func format(_ value: Double) -> String {
    let clamped = value.isFinite ? min(1e9, max(-1e9, value)) : 0
    let rounded = (clamped * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}

/// Escapes text for use in XML/HTML element content and attribute values.
func escapeXML(_ text: String) -> String {
    var result = ""
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}
