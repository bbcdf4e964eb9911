// Chooses readable axis ticks: steps of 1, 2 or 5 times a power of ten, in a unit
// fitted to the data (ms/s/min for time, B/KB/MB/GB for bytes, plain counts).
// Byte units are decimal (1 MB = 1 000 000 bytes) so that 1-2-5 ticks stay round.

import Foundation

/// What an axis measures; decides the unit and how tick labels are written.
public enum AxisQuantity: Sendable {
    case seconds
    case bytes
    case count
}

/// A scale from data values to positions, with its ticks and unit already chosen.
public struct AxisScale: Equatable, Sendable {
    /// Data value at the start of the axis (always 0 for these charts) and at its end.
    public var minimum: Double
    public var maximum: Double
    /// Tick positions in data units (seconds, bytes, counts).
    public var ticks: [Double]
    /// Unit name shown in the axis title, e.g. "s", "MB", "" for counts.
    public var unitName: String
    /// How many data units one displayed unit is (1 MB = 1e6 bytes, 1 min = 60 s).
    public var unitSize: Double
    /// Digits after the decimal point in tick labels.
    public var fractionDigits: Int

    /// Builds a scale from 0 to at least `dataMaximum` with about `targetTicks` intervals.
    public init(quantity: AxisQuantity, dataMaximum: Double, targetTicks: Int = 6) {
        let top = dataMaximum.isFinite && dataMaximum > 0 ? dataMaximum : 1
        let (name, size) = AxisScale.unit(for: quantity, maximum: top)
        unitName = name
        unitSize = size
        var scaledTop = top / size
        if quantity == .count { scaledTop = max(scaledTop, 1) }
        var step = AxisScale.niceStep(for: scaledTop / Double(max(1, targetTicks)))
        if quantity == .count { step = max(step, 1) }
        if name == "min" && step < 1 { step = step <= 0.5 ? 0.5 : 1 }
        // Data a hair past a round tick (1.003 s) ends the axis at that tick, not a step later.
        let intervals = (scaledTop / step - 0.02).rounded(.up)
        minimum = 0
        maximum = max(1, intervals) * step * size
        // Rounding to 1e-9 of the step keeps 6 × 0.2 at 1.2 rather than 1.2000000000000002.
        ticks = (0...Int(max(1, intervals))).map { (Double($0) * step * 1e9).rounded() / 1e9 * size }
        fractionDigits = AxisScale.fractionDigits(for: step)
    }

    /// The smallest 1, 2 or 5 × 10^k that is at least `rawStep`.
    public static func niceStep(for rawStep: Double) -> Double {
        guard rawStep.isFinite, rawStep > 0 else { return 1 }
        let power = pow(10, (log10(rawStep)).rounded(.down))
        let fraction = rawStep / power
        let multiple: Double
        if fraction <= 1 + 1e-9 { multiple = 1 }
        else if fraction <= 2 + 1e-9 { multiple = 2 }
        else if fraction <= 5 + 1e-9 { multiple = 5 }
        else { multiple = 10 }
        return multiple * power
    }

    /// Picks the display unit so that the largest tick reads as 1 to 999 of it.
    static func unit(for quantity: AxisQuantity, maximum: Double) -> (String, Double) {
        switch quantity {
        case .count: return ("", 1)
        case .seconds:
            if maximum < 1 { return ("ms", 0.001) }
            if maximum <= 180 { return ("s", 1) }
            return ("min", 60)
        case .bytes:
            if maximum < 1e3 { return ("B", 1) }
            if maximum < 1e6 { return ("KB", 1e3) }
            if maximum < 1e9 { return ("MB", 1e6) }
            return ("GB", 1e9)
        }
    }

    static func fractionDigits(for step: Double) -> Int {
        guard step < 1 else { return 0 }
        return min(6, Int((-log10(step) - 1e-9).rounded(.up)))
    }

    /// The label of a tick (or any value) in the axis unit, without the unit name.
    public func label(_ value: Double) -> String {
        String(format: "%.\(fractionDigits)f", value / unitSize)
    }

    /// The fraction of the axis length at which `value` lies (0 at minimum, 1 at maximum).
    public func fraction(_ value: Double) -> Double {
        maximum > minimum ? (value - minimum) / (maximum - minimum) : 0
    }
}

/// Formats single values with a fitting unit, for tables and legends.
public enum QuantityFormat {
    /// "850 KB", "12.4 MB", "1.52 GB" (decimal units, three significant digits).
    public static func bytes(_ value: Double?) -> String {
        guard let value else { return "–" }
        let units: [(String, Double)] = [("GB", 1e9), ("MB", 1e6), ("KB", 1e3)]
        for (name, size) in units where value >= size { return significant(value / size) + " " + name }
        return String(Int(value)) + " B"
    }

    /// "850 ms", "12.4 s", "3 min 05 s".
    public static func seconds(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value == 0 { return "0 s" }
        if value < 1 { return significant(value * 1000) + " ms" }
        if value < 180 { return significant(value) + " s" }
        let whole = Int(value.rounded())
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }

    /// Three significant digits without a trailing ".0" for large values.
    static func significant(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
