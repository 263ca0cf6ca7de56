package de.iserlohn.digital.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/**
 * The city's time for people: the zone Europe/Berlin and dates and times as Germans write them
 * ({@code 24.12.2026}, {@code 24.12.2026 18:30}). Pages, mails and documents format every date they
 * show to a person here; machine formats (JSON, CSV, XML) stay ISO-8601. In templates the same
 * methods are {@code #cityTime} (see {@link CityTimeDialect}).
 */
public final class CityTime {

  /** The city's zone: what a date or time of day means in Iserlohn. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  /** {@code dd.MM.yyyy} */
  public static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

  /** {@code HH:mm} */
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMANY);

  /** {@code dd.MM.yyyy HH:mm} */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMANY);

  private CityTime() {}

  /** The calendar day in Iserlohn of a point in time. */
  public static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** Today in Iserlohn, by the (injected) clock. */
  public static LocalDate today(Clock clock) {
    return day(clock.instant());
  }

  /** Midnight at the start of the day in Iserlohn (what due dates and timer dates mean). */
  public static Instant startOfDay(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }

  /** The point in time of a full hour of a day in Iserlohn, e.g. a deadline at 18:00 that day. */
  public static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 0).atZone(ZONE).toInstant();
  }

  /**
   * The date, e.g. {@code 24.12.2026}; empty for none. Takes dates, points in time (shown as the
   * day in Iserlohn) and their ISO-8601 texts, as process variables and JSON carry them.
   */
  public static String date(Object value) {
    return format(value, DATE);
  }

  /** Date and time of day in Iserlohn, e.g. {@code 24.12.2026 18:30}; empty for none. */
  public static String dateTime(Object value) {
    return format(value, DATE_TIME);
  }

  /** The time of day in Iserlohn, e.g. {@code 18:30}; empty for none. */
  public static String time(Object value) {
    return format(value, TIME);
  }

  /** The point in time as an ISO-8601 instant for {@code <time datetime>}; empty for none. */
  public static String iso(Object value) {
    ZonedDateTime zoned = zoned(value);
    return zoned == null ? "" : zoned.toInstant().toString();
  }

  /** The same methods on an object, for template expressions ({@code #cityTime}). */
  public static final class Methods {

    Methods() {}

    public String date(Object value) {
      return CityTime.date(value);
    }

    public String dateTime(Object value) {
      return CityTime.dateTime(value);
    }

    public String time(Object value) {
      return CityTime.time(value);
    }

    public String iso(Object value) {
      return CityTime.iso(value);
    }
  }

  private static String format(Object value, DateTimeFormatter format) {
    if (value instanceof LocalDate date) {
      return format == DATE ? date.format(format) : date.atStartOfDay().format(format);
    }
    ZonedDateTime zoned = zoned(value);
    return zoned == null ? "" : zoned.format(format);
  }

  private static ZonedDateTime zoned(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof Instant instant) {
      return instant.atZone(ZONE);
    } else if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(ZONE);
    } else if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(ZONE);
    } else if (value instanceof LocalDateTime local) {
      return local.atZone(ZONE);
    } else if (value instanceof LocalDate date) {
      return date.atStartOfDay(ZONE);
    } else if (value instanceof Date date) {
      return date.toInstant().atZone(ZONE);
    } else if (value instanceof CharSequence text) {
      return parse(text.toString().strip());
    }
    throw new IllegalArgumentException("not a date or time: " + value.getClass().getName());
  }

  private static ZonedDateTime parse(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZONE);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return OffsetDateTime.parse(text).atZoneSameInstant(ZONE);
      }
      return LocalDateTime.parse(text).atZone(ZONE);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date or time: " + text, e);
    }
  }
}
