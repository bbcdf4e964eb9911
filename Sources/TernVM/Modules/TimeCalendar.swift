#if canImport(Glibc)
import Glibc
#endif

// time's calendar side: struct_time, localtime/gmtime/mktime, strftime, asctime/ctime and
// the time zone (tzset), through the C library as CPython does.

extension VM {
    static let structTimeFields = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
                                   "tm_isdst"]
    /// Attributes of a struct_time that are not among its nine items.
    static let structTimeHiddenFields = ["tm_zone", "tm_gmtoff"]

    func installTimeCalendar(_ module: Value) throws(Raised) {
        let structTime = try newStructSequenceType(module: "time", "struct_time", VM.structTimeFields,
                                                   hidden: VM.structTimeHiddenFields)
        try setModuleAttribute(module, "struct_time", structTime)
        try setTimeZone(module)
        // tzset reads TZ from the C environment, which os.environ (a plain dict in Tern) is copied into first.
        try defineModuleFunction(module, "tzset") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "time.tzset", min: 0, max: 0)
            try vm.exportEnvironment()
            try vm.setTimeZone(module)
            return .none
        }
        for (name, local) in [("localtime", true), ("gmtime", false)] {
            try defineModuleFunction(module, name) { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, name, min: 0, max: 1)
                return try vm.structTime(structTime, try vm.brokenDownTime(arguments.count == 1 ? arguments[0] : .none, local: local))
            }
        }
        try defineModuleFunction(module, "mktime") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "mktime", min: 1, max: 1)
            var fields = try vm.calendarFields(arguments[0], "mktime").fields
            let seconds = mktime(&fields)
            if seconds == -1 && fields.tm_wday == -1 { throw vm.raise(vm.exceptionTypes.overflowError, "mktime argument out of range") }
            return Value(double: Double(seconds))
        }
        try defineModuleFunction(module, "strftime") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "strftime", min: 1, max: 2)
            let format = try vm.strString(try vm.argument(arguments[0], TypeID.str, "strftime() argument 1"))
            var fields: tm
            var zone: String? = nil
            if arguments.count == 2 {
                (fields, zone) = try vm.calendarFields(arguments[1], "strftime", structTime: structTime)
                fields = try vm.checkedCalendarFields(fields)
                fields.tm_isdst = max(-1, min(1, fields.tm_isdst))
            } else {
                var now = time(nil)
                fields = tm()
                localtime_r(&now, &fields)
            }
            if format.isEmpty { return try vm.newStr("") }
            // %Z names a struct_time's own tm_zone, as CPython passes it to the C library.
            let text: String = (zone ?? "").withCString { zoneName in
                if zone != nil { fields.tm_zone = zoneName }
                var size = 256
                while size <= 1 << 20 {
                    var buffer = [CChar](repeating: 0, count: size)
                    if strftime(&buffer, size, format, &fields) > 0 { return String(cString: buffer) }
                    size *= 4
                }
                return ""
            }
            return try vm.newStr(text)
        }
        try defineModuleFunction(module, "asctime") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "asctime", min: 0, max: 1)
            if arguments.count == 0 { return try vm.newStr(VM.asctime(try vm.brokenDownTime(.none, local: true))) }
            return try vm.newStr(VM.asctime(try vm.checkedCalendarFields(try vm.calendarFields(arguments[0], "asctime").fields)))
        }
        try defineModuleFunction(module, "ctime") { vm, arguments throws(Raised) in
            try vm.expectArguments(arguments, "ctime", min: 0, max: 1)
            return try vm.newStr(VM.asctime(try vm.brokenDownTime(arguments.count == 1 ? arguments[0] : .none, local: true)))
        }
    }

    /// timezone, altzone, daylight and tzname after tzset(), as CPython computes them on glibc:
    /// from the local times of January and July of this year (a zone's history does not
    /// count, and in the southern hemisphere summer time is January's).
    private func setTimeZone(_ module: Value) throws(Raised) {
        tzset()
        let year: time_t = (365 * 24 + 6) * 3600
        func zone(_ seconds: time_t) -> (offset: Int, name: String) {
            var seconds = seconds, fields = tm()
            localtime_r(&seconds, &fields)
            return (-Int(fields.tm_gmtoff), fields.tm_zone.map { String(cString: $0) } ?? "")
        }
        let january = zone(time(nil) / year * year), july = zone(time(nil) / year * year + year / 2)
        let (standard, summer) = january.offset < july.offset ? (july, january) : (january, july)
        try setModuleAttribute(module, "timezone", Value(int: standard.offset))
        try setModuleAttribute(module, "altzone", Value(int: summer.offset))
        try setModuleAttribute(module, "daylight", Value(int: standard.offset != summer.offset ? 1 : 0))
        try setModuleAttribute(module, "tzname", try newTuple([try newStr(standard.name), try newStr(summer.name)]))
    }

    /// The local or UTC broken-down time of a timestamp (None: now).
    private func brokenDownTime(_ timestamp: Value, local: Bool) throws(Raised) -> tm {
        var seconds = time(nil)
        if isInstance(timestamp, typeID: TypeID.float) {
            let value = try floatArgument(timestamp)
            guard value.isFinite, abs(value) < 1e17 else { throw raise(exceptionTypes.overflowError, "timestamp out of range for platform time_t") }
            seconds = time_t(value.rounded(.down))
        } else if !timestamp.isNone {
            seconds = time_t(try indexValue(timestamp) { "'\(self.typeName(timestamp))' object cannot be interpreted as an integer" })
        }
        var fields = tm()
        if (local ? localtime_r(&seconds, &fields) : gmtime_r(&seconds, &fields)) == nil {
            throw raise(exceptionTypes.overflowError, "timestamp out of range for platform time_t")
        }
        return fields
    }

    /// asctime's format, CPython's own ("Thu Jan  1 00:00:00 1970", the year as wide as it is).
    private static func asctime(_ fields: tm) -> String {
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func twoDigits(_ value: Int32) -> String { value < 10 && value >= 0 ? "0\(value)" : "\(value)" }
        let day = fields.tm_mday < 10 && fields.tm_mday >= 0 ? "  \(fields.tm_mday)" : " \(fields.tm_mday)"
        return "\(days[Int(fields.tm_wday)]) \(months[Int(fields.tm_mon)])\(day) \(twoDigits(fields.tm_hour)):"
            + "\(twoDigits(fields.tm_min)):\(twoDigits(fields.tm_sec)) \(Int(fields.tm_year) + 1900)"
    }

    /// CPython's range checks of a time tuple for asctime and strftime (month 0 and day 0 mean the first).
    private func checkedCalendarFields(_ fields: tm) throws(Raised) -> tm {
        var fields = fields
        if fields.tm_mon == -1 { fields.tm_mon = 0 } else if !(0...11).contains(fields.tm_mon) { throw raiseValueError("month out of range") }
        if fields.tm_mday == 0 { fields.tm_mday = 1 } else if !(0...31).contains(fields.tm_mday) { throw raiseValueError("day of month out of range") }
        if !(0...23).contains(fields.tm_hour) { throw raiseValueError("hour out of range") }
        if !(0...59).contains(fields.tm_min) { throw raiseValueError("minute out of range") }
        if !(0...61).contains(fields.tm_sec) { throw raiseValueError("seconds out of range") }
        if fields.tm_wday < 0 { throw raiseValueError("day of week out of range") }
        if fields.tm_yday == -1 { fields.tm_yday = 0 } else if !(0...365).contains(fields.tm_yday) { throw raiseValueError("day of year out of range") }
        return fields
    }

    private func structTime(_ type: Value, _ fields: tm) throws(Raised) -> Value {
        let values = [Int(fields.tm_year) + 1900, Int(fields.tm_mon) + 1, Int(fields.tm_mday), Int(fields.tm_hour),
                      Int(fields.tm_min), Int(fields.tm_sec), (Int(fields.tm_wday) + 6) % 7, Int(fields.tm_yday) + 1,
                      Int(fields.tm_isdst)].map { Value(int: $0) }
        let zone = fields.tm_zone.map { String(cString: $0) }
        let hidden = [(intern("tm_zone"), zone == nil ? Value.none : try newStr(zone!)),
                      (intern("tm_gmtoff"), Value(int: Int(fields.tm_gmtoff)))]
        return try withRoots(hidden[0].1) { () throws(Raised) in try structSequence(type, values, hidden: hidden) }
    }

    /// A struct_time or 9-tuple as the C library's broken-down time; a struct_time (of
    /// `structTime`, when given) also brings its tm_gmtoff and tm_zone, as in CPython.
    private func calendarFields(_ value: Value, _ function: String, structTime: Value = .null) throws(Raised) -> (fields: tm, zone: String?) {
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
        guard !structTime.isNull && typeID(of: value) == TypeView(structTime).ownTypeID else { return (fields, nil) }
        let offset = try getAttribute(value, intern("tm_gmtoff"))
        if !offset.isNone { fields.tm_gmtoff = try indexValue(offset) { "an integer is required" } }
        let zone = try getAttribute(value, intern("tm_zone"))
        return (fields, zone.isNone ? nil : try strString(try argument(zone, TypeID.str, "tm_zone")))
    }
}
