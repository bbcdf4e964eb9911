// swift-tools-version:5.9
import Foundation
import PackageDescription

// Swift 6.3.1 drops some stores through pointers at -O (swiftlang/swift#77558);
// Every target disables SIL dead-store elimination until 6.4 (docs/design.md).
// Measured here: that alone is not enough — redundant-load elimination then
// forwards the stale value to a later load of the same slot (see
// Sources/TernVM/Runtime/SelfCheck.swift, run by Tests/release/), so both go.
let workaroundFlags: [SwiftSetting] = [
    .unsafeFlags(["-Xllvm", "-sil-disable-pass=dead-store-elimination",
                  "-Xllvm", "-sil-disable-pass=redundant-load-elimination"]),
]

// The front end and compiler skip dynamic exclusivity checks in release builds:
// they cost a tenth of compile()'s instructions (callgrind), and the debug build
// that `swift test` runs keeps them, so the unit tests still check the rule.
let releaseUncheckedExclusivity: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

// Every function in its own section, so that the executable's link can put the
// code a typical run executes together, in the order of Sources/tern/text-order.txt
// (written by Tools/make_text_order.py): Linux maps a touched page of the binary with
// its 64 KB neighbourhood, and start-up's code spread over the whole text made about
// 6 MB of it resident in every process (docs/performance.md). lld places the listed
// functions first, and `separate-code` starts the code on a page, so the list's head —
// the interpreter loops behind their pads (Sources/TernIntrinsics/dispatch_padding.c)
// — sits where its own code alone decides.
let functionSections: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-function-sections"])]
let packageDirectory = String(#filePath.dropLast("/Package.swift".count))
let textOrder: [LinkerSetting] = [
    .unsafeFlags(["-use-ld=lld", "-Xlinker", "--symbol-ordering-file=\(packageDirectory)/Sources/tern/text-order.txt",
                  "-Xlinker", "--no-warn-symbol-ordering", "-Xlinker", "-z", "-Xlinker", "separate-code"]),
]

// The C++ library the Swift runtime needs, linked statically where GCC's archive is
// installed: the shared libstdc++ costs every process about 1 MB of resident memory
// (its relocations and symbol tables) for the few functions the runtime calls.
// Sources/tern/static-libstdc++/libstdc++.so is a linker script naming libstdc++.a,
// found first on the library path; without the archive the link stays dynamic.
let gccLibraries = "/usr/lib/gcc/x86_64-linux-gnu"
let staticCxxLibrary: [LinkerSetting] =
    ((try? FileManager.default.contentsOfDirectory(atPath: gccLibraries)) ?? []).contains {
        FileManager.default.fileExists(atPath: "\(gccLibraries)/\($0)/libstdc++.a")
    } ? [.unsafeFlags(["-L", "\(packageDirectory)/Sources/tern/static-libstdc++"])] : []

let package = Package(
    name: "Tern",
    targets: [
        .target(name: "TernSyntax", exclude: ["README.md"], swiftSettings: workaroundFlags + releaseUncheckedExclusivity + functionSections),
        .target(name: "TernCompiler", dependencies: ["TernSyntax"],
                swiftSettings: workaroundFlags + releaseUncheckedExclusivity + functionSections),
        // Machine operations Swift cannot spell (a prefetch, a variadic snprintf call), as inline C.
        .target(name: "TernIntrinsics"),
        .target(name: "TernVM", dependencies: ["TernCompiler", "TernSyntax", "TernIntrinsics"],
                swiftSettings: workaroundFlags + functionSections + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "TernReport", swiftSettings: workaroundFlags),
        // The VM's executable does not link Foundation (start-up time and memory);
        // `tern report` and `tern record` exec the sibling `tern-report` binary.
        .executableTarget(name: "tern", dependencies: ["TernVM"], exclude: ["text-order.txt", "static-libstdc++"],
                          swiftSettings: workaroundFlags + functionSections,
                          linkerSettings: [.unsafeFlags(["-static-stdlib"])] + textOrder + staticCxxLibrary),
        .executableTarget(name: "tern-report", dependencies: ["TernReport"], swiftSettings: workaroundFlags),
        .testTarget(name: "TernTests", dependencies: ["TernSyntax", "TernCompiler", "TernVM", "TernReport"],
                    swiftSettings: workaroundFlags),
    ]
)
