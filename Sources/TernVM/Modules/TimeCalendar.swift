#if canImport(Glibc)
import Glibc
#endif

// time's calendar side: struct_time, localtime/gmtime/mktime, strftime and the time zone
// names, through the C library as CPython does.

extension VM {
    static let structTimeFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                                   "tm_isdst", "tm_zone", "tm_gmtoff"]

    func installTimeCalendar(_ module: Value) throws(Raised) {
        let structTime = try newStructSequenceType(module: "time", "struct_time", VM.structTimeFields)
        try setModuleAttribute(module, "struct_time", structTime)
        tzset()
        try setModuleAttribute(module, "timezone", Value(int: Int(timezone)))
        try setModuleAttribute(module, "altzone", Value(int: Int(timezone) - (daylight != 0 ? 3600 : 0)))
        try setModuleAttribute(module, "daylight", Value(int: Int(daylight)))
        try setModuleAttribute(module, "tzname", try newTuple([try newStr(String(cString: tzname.0!)), try newStr(String(cString: tzname.1!))]))
        for (name, local) in [("localtime", true), ("gmtime", false)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 0, max: 1)
                var seconds = time(nil)
                if arguments.count == 1 && !arguments[0].isNone {
                    let value = try vm.floatArgument(arguments[0])
                    guard value.isFinite, abs(value) < 1e17 else { throw vm.raise(vm.exceptionTypes.overflowError, "timestamp out of range for platform time_t") }
                    seconds = time_t(value.rounded(.down))
                }
                var fields = tm()
                if (local ? localtime_r(&seconds, &fields) : gmtime_r(&seconds, &fields)) == nil {
                    throw vm.raise(vm.exceptionTypes.overflowError, "timestamp out of range for platform time_t")
                }
                return try vm.structTime(structTime, fields)
            }
        }
        try defineModuleFunction(module, "mktime") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "mktime", min: 1, max: 1)
            var fields = try vm.calendarFields(arguments[0], "mktime")
            let seconds = mktime(&fields)
            if seconds == -1 && fields.tm_wday == -1 { throw vm.raise(vm.exceptionTypes.overflowError, "mktime argument out of range") }
            return Value(double: Double(seconds))
        }
        try defineModuleFunction(module, "strftime") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "strftime", min: 1, max: 2)
            let format = try vm.strString(try vm.argument(arguments[0], TypeID.str, "strftime() argument 1"))
            var fields: tm
            if arguments.count == 2 {
                fields = try vm.calendarFields(arguments[1], "strftime")
            } else {
                var now = time(nil)
                fields = tm()
                localtime_r(&now, &fields)
            }
            if format.isEmpty { return try vm.newStr("") }
            var size = 256
            while size <= 1 << 20 {
                var buffer = [CChar](repeating: 0, count: size)
                let written = strftime(&buffer, size, format, &fields)
                if written > 0 { return try vm.newStr(String(cString: buffer)) }
                size *= 4
            }
            return try vm.newStr("")
        }
    }

    private func structTime(_ type: Value, _ fields: tm) throws(Raised) -> Value {
        let values = [Int(fields.tm_year) + 1900, Int(fields.tm_mon) + 1, Int(fields.tm_mday), Int(fields.tm_hour),
                      Int(fields.tm_min), Int(fields.tm_sec), (Int(fields.tm_wday) + 6) % 7, Int(fields.tm_yday) + 1,
                      Int(fields.tm_isdst)].map { Value(int: $0) }
        return try structSequence(type, values)
    }

    /// A struct_time or 9-tuple as the C library's broken-down time.
    private func calendarFields(_ value: Value, _ function: String) throws(Raised) -> tm {
        guard isInstance(value, typeID: TypeID.tuple) else {
            throw raiseTypeError("Tuple or struct_time argument required")
        }
        let tuple = TupleView(builtinSelf(value))
        guard tuple.count == 9 else {
            throw raiseTypeError("\(function)(): illegal time tuple argument")
        }
        var numbers: [Int] = []
        for index in 0..<9 {
            numbers.append(try indexValue(tuple[index]) { "'\(self.typeName(tuple[index]))' object cannot be interpreted as an integer" })
        }
        var fields = tm()
        fields.tm_year = Int32(truncatingIfNeeded: numbers[0] - 1900)
        fields.tm_mon = Int32(truncatingIfNeeded: numbers[1] - 1)
        fields.tm_mday = Int32(truncatingIfNeeded: numbers[2])
        fields.tm_hour = Int32(truncatingIfNeeded: numbers[3])
        fields.tm_min = Int32(truncatingIfNeeded: numbers[4])
        fields.tm_sec = Int32(truncatingIfNeeded: numbers[5])
        fields.tm_wday = Int32(truncatingIfNeeded: (numbers[6] + 1) % 7)
        fields.tm_yday = Int32(truncatingIfNeeded: numbers[7] - 1)
        fields.tm_isdst = Int32(truncatingIfNeeded: numbers[8])
        return fields
    }
}
