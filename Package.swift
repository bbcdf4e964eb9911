// swift-tools-version:5.9
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

let package = Package(
    name: "Tern",
    targets: [
        .target(name: "TernSyntax", swiftSettings: workaroundFlags + releaseUncheckedExclusivity),
        .target(name: "TernCompiler", dependencies: ["TernSyntax"], swiftSettings: workaroundFlags + releaseUncheckedExclusivity),
        // Machine operations Swift cannot spell (a prefetch, a variadic snprintf call), as inline C.
        .target(name: "TernIntrinsics"),
        .target(name: "TernVM", dependencies: ["TernCompiler", "TernSyntax", "TernIntrinsics"],
                swiftSettings: workaroundFlags + [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "TernReport", swiftSettings: workaroundFlags),
        // The VM's executable does not link Foundation (start-up time and memory);
        // `tern report` and `tern record` exec the sibling `tern-report` binary.
        .executableTarget(name: "tern", dependencies: ["TernVM"], swiftSettings: workaroundFlags,
                          linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        .executableTarget(name: "tern-report", dependencies: ["TernReport"], swiftSettings: workaroundFlags),
        .testTarget(name: "TernTests", dependencies: ["TernSyntax", "TernCompiler", "TernVM", "TernReport"],
                    swiftSettings: workaroundFlags),
    ]
)
