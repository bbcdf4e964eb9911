import Foundation
import XCTest
@testable import TernCompiler
import TernSyntax

// Differential test of the symbol table and code-object metadata: for every
// code object CPython 3.11 makes from a standard-library file, Tern must make
// one with the same qualified name, first line, parameter counts, flags,
// local, cell and free variable names, and the same set of names.

final class CompilerCPythonComparisonTests: XCTestCase {
    static let describeScript = #"""
import json, sys, dis
TRACKED = {'CALL', 'LOAD_METHOD', 'LOAD_ATTR', 'STORE_ATTR', 'BINARY_SUBSCR', 'STORE_SUBSCR',
           'IMPORT_NAME', 'RAISE_VARARGS', 'CALL_FUNCTION_EX', 'FOR_ITER', 'GET_ITER'}
STABLE = {'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_DEREF', 'STORE_DEREF', 'LOAD_GLOBAL', 'STORE_GLOBAL',
          'LOAD_NAME', 'STORE_NAME', 'LOAD_ATTR', 'LOAD_METHOD', 'STORE_ATTR', 'CALL', 'CALL_FUNCTION_EX',
          'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_MAP', 'BUILD_SET', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING',
          'BUILD_SLICE', 'UNPACK_SEQUENCE', 'UNPACK_EX', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP',
          'IMPORT_NAME', 'IMPORT_FROM', 'RAISE_VARARGS', 'RERAISE', 'PUSH_EXC_INFO', 'POP_EXCEPT',
          'CHECK_EXC_MATCH', 'BEFORE_WITH', 'WITH_EXCEPT_START', 'YIELD_VALUE', 'SEND', 'FORMAT_VALUE',
          'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'DICT_MERGE', 'DICT_UPDATE', 'MAKE_FUNCTION',
          'LOAD_CLOSURE', 'LOAD_CLASSDEREF', 'KW_NAMES', 'GET_ITER', 'FOR_ITER', 'STORE_SUBSCR',
          'BINARY_SUBSCR', 'LOAD_BUILD_CLASS', 'LOAD_ASSERTION_ERROR', 'UNARY_NOT', 'UNARY_NEGATIVE'}
def opcounts(code):
    names = [i.opname for i in dis.get_instructions(code)]
    if any(name.startswith('POP_JUMP_BACKWARD') for name in names): return None
    counts = {}
    for name in names:
        if name in STABLE: counts[name] = counts.get(name, 0) + 1
    return ' '.join('%s=%d' % item for item in sorted(counts.items()))
def walk(code, out):
    out.append({'q': code.co_qualname, 'l': code.co_firstlineno, 'a': code.co_argcount,
                'p': code.co_posonlyargcount, 'k': code.co_kwonlyargcount, 'f': code.co_flags & 0x2ff,
                'v': list(code.co_varnames), 'c': list(code.co_cellvars), 'r': list(code.co_freevars),
                'n': sorted(set(code.co_names)),
                'L': sorted(set(line for _, _, line in code.co_lines() if line is not None)),
                'o': sorted(set('%s@%s' % (i.opname, i.positions.lineno) for i in dis.get_instructions(code)
                                if i.opname in TRACKED)),
                'm': opcounts(code)})
    for constant in code.co_consts:
        if hasattr(constant, 'co_code'): walk(constant, out)
for path in sys.stdin.read().split('\n'):
    if not path: continue
    try:
        with open(path, encoding='utf-8') as handle:
            code = compile(handle.read(), path, 'exec', dont_inherit=True)
        out = []
        walk(code, out)
        print(json.dumps(out))
    except Exception as error:
        print(json.dumps(None))
"""#

    func describe(_ code: CodeObject, into list: inout [[String: Any]]) {
        list.append(["q": code.qualifiedName, "l": code.firstLine, "a": code.argCount, "p": code.positionalOnlyCount,
                     "k": code.keywordOnlyCount, "f": code.flags.rawValue & 0x2ff, "v": code.varNames,
                     "c": code.cellVars, "r": code.freeVars, "n": Array(Set(code.names)).sorted(),
                     "L": Array(Set(code.lineTable.map { $0.line })).sorted(),
                     "o": trackedInstructionLines(code), "m": opcodeCounts(code)])
        for constant in code.constants {
            if case .code(let nested) = constant { describe(nested, into: &list) }
        }
    }

    /// "OPNAME@line" for the instructions whose line tracebacks show, as a sorted set.
    func trackedInstructionLines(_ code: CodeObject) -> [String] {
        let tracked: Set<Opcode> = [.call, .loadMethod, .loadAttr, .storeAttr, .binarySubscr, .storeSubscr,
                                    .importName, .raiseVarargs, .callFunctionEx, .forIter, .getIter]
        var result = Set<String>()
        var offset = 0
        while offset < code.code.count {
            let opcode = Opcode(rawValue: UInt8(code.code[offset] & 0xFF))!
            if tracked.contains(opcode) { result.insert("\(opcode.name)@\(code.line(at: offset))") }
            offset += opcode.cached ? 2 : 1
        }
        return result.sorted()
    }

    /// "OPNAME=count ..." over the opcodes both compilers emit the same way.
    func opcodeCounts(_ code: CodeObject) -> String {
        let stable: Set<String> = ["LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "LOAD_GLOBAL",
            "STORE_GLOBAL", "LOAD_NAME", "STORE_NAME", "LOAD_ATTR", "LOAD_METHOD", "STORE_ATTR", "CALL", "CALL_FUNCTION_EX",
            "BUILD_TUPLE", "BUILD_LIST", "BUILD_MAP", "BUILD_SET", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "BUILD_SLICE",
            "UNPACK_SEQUENCE", "UNPACK_EX", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "IMPORT_NAME", "IMPORT_FROM",
            "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "BEFORE_WITH",
            "WITH_EXCEPT_START", "YIELD_VALUE", "SEND", "FORMAT_VALUE", "LIST_APPEND", "SET_ADD", "MAP_ADD",
            "LIST_EXTEND", "DICT_MERGE", "DICT_UPDATE", "MAKE_FUNCTION", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "KW_NAMES",
            "GET_ITER", "FOR_ITER", "STORE_SUBSCR", "BINARY_SUBSCR", "LOAD_BUILD_CLASS", "LOAD_ASSERTION_ERROR",
            "UNARY_NOT", "UNARY_NEGATIVE"]
        var counts: [String: Int] = [:]
        var offset = 0
        while offset < code.code.count {
            let opcode = Opcode(rawValue: UInt8(code.code[offset] & 0xFF))!
            // Tern's LOAD_FAST of a local that `+=` grows a str in (TernCompiler/AppendIntoLocal.swift).
            let name = opcode == .loadFastAndSeal ? "LOAD_FAST" : opcode.name
            if stable.contains(name) { counts[name, default: 0] += 1 }
            offset += opcode.cached ? 2 : 1
        }
        return counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    func testCodeObjectMetadataMatchesCPython() throws {
        let files = try CompilerStdlibTests.stdlibFiles()
        let modules = try PythonAST.parseFiles(files)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.describeScript]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(files.joined(separator: "\n").data(using: .utf8)!)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expectedPerFile: [[[String: Any]]?] = String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data(String($0).utf8))) as? [[String: Any]]
        }
        var compared = 0, mismatches: [String] = [], lineMismatches: [String] = [], trackedMismatches: [String] = [], opcodeMismatches: [String] = []
        for (index, module) in modules.enumerated() {
            guard let module, let expected = expectedPerFile[index],
                  let code = try? compile(module, filename: files[index], mode: .exec) else { continue }
            var actual: [[String: Any]] = []
            describe(code, into: &actual)
            var byKey: [String: [[String: Any]]] = [:]
            for item in actual { byKey["\(item["q"]!)@\(item["l"]!)", default: []].append(item) }
            for item in expected {
                let key = "\(item["q"]!)@\(item["l"]!)"
                guard var candidates = byKey[key], !candidates.isEmpty else {
                    mismatches.append("\(files[index]): no code object \(key)")
                    continue
                }
                let mine = candidates.removeFirst()
                byKey[key] = candidates
                compared += 1
                for field in ["a", "p", "k", "f", "v", "c", "r", "n"] {
                    let left = "\(item[field]!)", right = "\(mine[field]!)"
                    if left != right {
                        mismatches.append("\(files[index]): \(key) field \(field): CPython \(left) Tern \(right)")
                    }
                }
                // Every line Tern attributes code to must be one CPython attributes code to.
                let cpythonLines = Set(item["L"] as! [Int]), ternLines = Set(mine["L"] as! [Int])
                let cpythonTracked = Set(item["o"] as! [String]), ternTracked = Set(mine["o"] as! [String])
                if cpythonTracked != ternTracked {
                    trackedMismatches.append("\(files[index]): \(key) CPython-only \(cpythonTracked.subtracting(ternTracked).sorted().prefix(4)) Tern-only \(ternTracked.subtracting(cpythonTracked).sorted().prefix(4))")
                }
                if let cpythonCounts = item["m"] as? String, cpythonCounts != mine["m"] as! String {
                    let left = Set(cpythonCounts.split(separator: " ")), right = Set((mine["m"] as! String).split(separator: " "))
                    opcodeMismatches.append("\(files[index]): \(key) CPython \(left.subtracting(right).sorted()) Tern \(right.subtracting(left).sorted())")
                }
                if !ternLines.isSubset(of: cpythonLines) {
                    lineMismatches.append("\(files[index]): \(key) lines only in Tern: \(ternLines.subtracting(cpythonLines).sorted())")
                }
            }
        }
        print("compared \(compared) code objects with CPython; \(mismatches.count) mismatches")
        for line in mismatches.prefix(60) { print("  " + line) }
        print("\(lineMismatches.count) code objects with lines CPython does not use")
        for line in lineMismatches.prefix(30) { print("  " + line) }
        print("\(trackedMismatches.count) code objects whose raising instructions sit on other lines")
        for line in trackedMismatches.prefix(40) { print("  " + line) }
        print("\(opcodeMismatches.count) code objects whose opcode counts differ")
        for line in opcodeMismatches.prefix(40) { print("  " + line) }
        XCTAssertGreaterThan(compared, 1000)
        XCTAssertEqual(mismatches.count, 0)
        // A few differences remain where CPython folds constant expressions Tern keeps.
        XCTAssertLessThanOrEqual(trackedMismatches.count, max(5, compared / 1000))
    }
}
