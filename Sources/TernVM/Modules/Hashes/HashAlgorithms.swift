// The table of hash algorithms that the `_md5`, `_sha1`, `_sha256`, `_sha512`, `_sha3` and
// `_blake2` modules offer: each entry says how big its state is and which functions start,
// feed and finish it. The hash objects (HashObjects.swift) drive every one the same way.

struct HashAlgorithm {
    let name: String
    /// The module whose type it is (CPython's builtin modules, which hashlib.py imports).
    let module: String
    let blockSize: Int
    /// 0 for SHAKE (digest() takes a length); BLAKE2's largest, each object keeping its own.
    let digestSize: Int
    let stateSize: Int
    let start: (UnsafeMutableRawPointer) -> Void
    let absorb: (UnsafeMutableRawPointer, UnsafeRawBufferPointer) -> Void
    /// Writes `out.count` bytes of digest, using up the state (the caller passes a copy).
    let finish: (UnsafeMutableRawPointer, UnsafeMutableRawBufferPointer) -> Void

    var isShake: Bool { digestSize == 0 }
    /// BLAKE2's constructor takes parameters; the others take only the data.
    var isBLAKE2: Bool { module == "_blake2" }

    static func merkleDamgard<C: BlockCompression>(_ name: String, _ module: String, _: C.Type, initial: [C.Word], digestSize: Int) -> HashAlgorithm {
        HashAlgorithm(name: name, module: module, blockSize: C.blockSize, digestSize: digestSize, stateSize: MerkleDamgard<C>.stateSize,
                      start: { MerkleDamgard<C>.start($0, initial) }, absorb: MerkleDamgard<C>.absorb, finish: MerkleDamgard<C>.finish)
    }

    /// SHA-3 with `digestSize` bytes (capacity twice that), or SHAKE with `security` bits.
    static func keccak(_ name: String, digestSize: Int, security: Int = 0) -> HashAlgorithm {
        let rate = 200 - (digestSize > 0 ? 2 * digestSize : security / 4)
        let suffix: UInt8 = digestSize > 0 ? 0x06 : 0x1f
        return HashAlgorithm(name: name, module: "_sha3", blockSize: rate, digestSize: digestSize, stateSize: Keccak.stateSize,
                             start: { Keccak.start($0, rate: rate, suffix: suffix) }, absorb: Keccak.absorb, finish: Keccak.finish)
    }

    /// BLAKE2's start needs the constructor's parameters, so the table's does nothing.
    static func blake2<V: BLAKE2Variant>(_ name: String, _: V.Type) -> HashAlgorithm {
        HashAlgorithm(name: name, module: "_blake2", blockSize: BLAKE2<V>.blockSize, digestSize: BLAKE2<V>.maxDigestSize,
                      stateSize: BLAKE2<V>.stateSize, start: { _ in }, absorb: BLAKE2<V>.absorb, finish: BLAKE2<V>.finish)
    }

    static let all: [HashAlgorithm] = [
        merkleDamgard("md5", "_md5", MD5.self, initial: MD5.initial, digestSize: 16),
        merkleDamgard("sha1", "_sha1", SHA1.self, initial: SHA1.initial, digestSize: 20),
        merkleDamgard("sha224", "_sha256", SHA256.self, initial: SHA256.initial224, digestSize: 28),
        merkleDamgard("sha256", "_sha256", SHA256.self, initial: SHA256.initial256, digestSize: 32),
        merkleDamgard("sha384", "_sha512", SHA512.self, initial: SHA512.initial384, digestSize: 48),
        merkleDamgard("sha512", "_sha512", SHA512.self, initial: SHA512.initial512, digestSize: 64),
        keccak("sha3_224", digestSize: 28),
        keccak("sha3_256", digestSize: 32),
        keccak("sha3_384", digestSize: 48),
        keccak("sha3_512", digestSize: 64),
        keccak("shake_128", digestSize: 0, security: 128),
        keccak("shake_256", digestSize: 0, security: 256),
        blake2("blake2b", BLAKE2b.self),
        blake2("blake2s", BLAKE2s.self),
    ]
}
