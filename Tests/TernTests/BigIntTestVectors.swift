// Loads the CPython-generated vectors in Tests/numbers/vectors (one JSON array per line)
// for the BigInt, Float and Format tests.

import Foundation
import XCTest
@testable import TernVM

enum NumberVectors {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("numbers/vectors")

    /// Every line of a vector file, decoded.
    static func rows(_ name: String) -> [[Any]] {
        let url = directory.appendingPathComponent(name)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing vector file \(url.path); run python3 Tests/numbers/generate_vectors.py")
            return []
        }
        return text.split(separator: "\n").map { line in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            return object as! [Any]
        }
    }

    /// A decimal string as a BigInt, failing the test when it does not parse.
    static func big(_ field: Any) -> BigInt {
        let text = field as! String
        guard let value = BigInt(pythonLiteral: text, radix: 10) else {
            XCTFail("cannot parse \(text.prefix(40))")
            return .zero
        }
        return value
    }

    /// A double from its IEEE bit pattern written in decimal.
    static func double(_ field: Any) -> Double {
        Double(bitPattern: UInt64(field as! String)!)
    }

    static func isNull(_ field: Any) -> Bool { field is NSNull }

    /// The integer value of a JSON number field.
    static func int(_ field: Any) -> Int { (field as! NSNumber).intValue }

    /// ("ExceptionName", "message") when the field is an error marker.
    static func error(_ field: Any) -> (kind: String, message: String)? {
        guard let array = field as? [Any], array.count == 3, array[0] as? String == "!error" else { return nil }
        return (array[1] as! String, array[2] as! String)
    }
}
