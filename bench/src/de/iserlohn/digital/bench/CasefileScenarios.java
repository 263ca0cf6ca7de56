package de.iserlohn.digital.bench;

import de.iserlohn.digital.platform.casefile.CaseQuery;
import de.iserlohn.digital.platform.casefile.CaseSearch;
import de.iserlohn.digital.platform.identity.CurrentUser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The clerks' search over a generated case file ({@code casefile-search}): by name, by case number
 * and by text in documents, each through {@link CaseSearch} and as the same SQL over plain JDBC
 * (the baseline). Size: {@code bench.cases} Vorgänge (100,000) with three documents each.
 */
final class CasefileScenarios {

  static final List<String> UNITS =
      List.of(
          "buergerbuero", "ordnungsamt", "standesamt", "steueramt", "buchhaltung", "poststelle",
          "personal", "stadtbetrieb", "umwelt", "personalrat");
  static final String[] FIRST = {
    "Anna", "Bernd", "Clara", "Dieter", "Emma", "Frank", "Greta", "Hans", "Ilse", "Jonas", "Karin",
    "Lukas", "Marie", "Niklas", "Olga", "Paul", "Rita", "Stefan", "Tanja", "Uwe"
  };
  static final String[] LAST = {
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
    "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier",
    "Lehmann", "Schmid", "Schulze"
  };
  static final String[] WORDS = {
    "Antrag", "Bescheid", "Straße", "Gehweg", "Laterne", "Schlagloch", "Abfallbehälter", "Hund",
    "Steuer", "Gebühr", "Rechnung", "Zahlung", "Frist", "Widerspruch", "Genehmigung", "Parkplatz",
    "Anwohner", "Gewerbe", "Anmeldung", "Urkunde", "Geburt", "Ehe", "Baum", "Bewässerung", "Winter",
    "Streudienst", "Sperrmüll", "Abholung", "Termin", "Rückfrage", "Unterlagen", "Nachweis",
    "Rathaus", "Schillerplatz", "Iserlohn", "Letmathe", "Hennen", "Sümmern", "Kalthof", "Drüpplingsen"
  };
  /** Rare words: each in about one document in a thousand (what a clerk searches for). */
  static final String[] RARE = {
    "Kanaldeckel", "Brückengeländer", "Wasserrohrbruch", "Ampelausfall", "Hundekot", "Graffiti"
  };

  static final CurrentUser CLERK = new CurrentUser("bench-clerk", Set.of("stadtbetrieb"));

  private static volatile boolean generated;
  private static volatile int cases;

  private CasefileScenarios() {}

  static List<Scenario> all() {
    return List.of(
        new Search("casefile-search-name", "casefile-jdbc-name", Kind.NAME),
        new Search("casefile-search-number", "casefile-jdbc-number", Kind.NUMBER),
        new Search("casefile-search-text", "casefile-jdbc-text", Kind.TEXT),
        new Jdbc("casefile-jdbc-name", Kind.NAME),
        new Jdbc("casefile-jdbc-number", Kind.NUMBER),
        new Jdbc("casefile-jdbc-text", Kind.TEXT));
  }

  /** {@code casefile-search} runs the three searches (and their baselines). */
  static Map<String, List<String>> groups() {
    return Map.of(
        "casefile-search",
        List.of("casefile-search-name", "casefile-search-number", "casefile-search-text"));
  }

  enum Kind {
    NAME,
    NUMBER,
    TEXT
  }

  static String caseNumber(int i) {
    return "BV-2026-%07d".formatted(i);
  }

  /** A random query value: a last name, a case-number prefix of 100 cases, a rare word. */
  static String value(Kind kind) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return switch (kind) {
      case NAME -> LAST[random.nextInt(LAST.length)];
      case NUMBER -> caseNumber(random.nextInt(Math.max(1, cases))).substring(0, 13);
      case TEXT -> RARE[random.nextInt(RARE.length)];
    };
  }

  /** Generates the case file once per run (plain JDBC batches; not measured). */
  static synchronized void generate(BenchContext context) throws Exception {
    if (generated) {
      return;
    }
    cases = Integer.getInteger("bench.cases", 100_000);
    DataSource db = context.bean(DataSource.class);
    long t0 = System.nanoTime();
    Instant now = Instant.now();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      UUID[] akten = insertAkten(c, now);
      insertVorgaenge(c, akten, now);
      try (var s = c.createStatement()) {
        s.execute("analyze");
      }
      c.commit();
    }
    generated = true;
    System.out.printf(
        "casefile: %,d Vorgänge, %,d documents generated in %.0f s%n",
        cases, 3L * cases, (System.nanoTime() - t0) / 1e9);
  }

  /** One Akte per unit; the ids by the unit's index in {@link #UNITS}. */
  private static UUID[] insertAkten(Connection c, Instant now) throws SQLException {
    UUID[] akten = new UUID[UNITS.size()];
    try (PreparedStatement akte =
        c.prepareStatement(
            "insert into akte (id, aktenzeichen, title, org_unit, retention_class, created_at,"
                + " created_by) values (?, ?, ?, ?, 'STANDARD', ?, 'bench')")) {
      for (int u = 0; u < UNITS.size(); u++) {
        akten[u] = UUID.randomUUID();
        akte.setObject(1, akten[u]);
        akte.setString(2, "bench/" + UNITS.get(u) + "/2026");
        akte.setString(3, "Benchmark " + UNITS.get(u));
        akte.setString(4, UNITS.get(u));
        akte.setTimestamp(5, Timestamp.from(now));
        akte.addBatch();
      }
      akte.executeBatch();
    }
    return akten;
  }

  /** {@link #cases} Vorgänge with three documents each, committed every thousand Vorgänge. */
  private static void insertVorgaenge(Connection c, UUID[] akten, Instant now)
      throws SQLException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    try (PreparedStatement vorgang =
            c.prepareStatement(
                "insert into vorgang (id, case_number, akte_id, title, case_type, org_unit,"
                    + " status, retention_class, created_at, created_by, version,"
                    + " file_plan_key, party_name) values (?, ?, ?, ?, 'allgemein', ?, ?,"
                    + " 'STANDARD', ?, 'bench', 0, ?, ?)");
        PreparedStatement dokument =
            c.prepareStatement(
                "insert into dokument (id, vorgang_id, content_hash, file_name, media_type,"
                    + " size_bytes, document_type, org_unit, retention_class, source_channel,"
                    + " created_at, created_by) values (?, ?, ?, 'scan.pdf', 'application/pdf',"
                    + " 1000, 'SCAN', ?, 'STANDARD', 'SCAN', ?, 'bench')");
        PreparedStatement text =
            c.prepareStatement(
                "insert into document_text (content_hash, content) values (?, ?)")) {
      for (int i = 0; i < cases; i++) {
        int unit = i % UNITS.size();
        UUID id = UUID.randomUUID();
        String party = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        Timestamp created = Timestamp.from(now.minus(random.nextInt(3 * 365), ChronoUnit.DAYS));
        vorgang.setObject(1, id);
        vorgang.setString(2, caseNumber(i));
        vorgang.setObject(3, akten[unit]);
        vorgang.setString(4, "Anliegen " + WORDS[random.nextInt(WORDS.length)] + " – " + party);
        vorgang.setString(5, UNITS.get(unit));
        vorgang.setString(6, random.nextInt(4) == 0 ? "CLOSED" : "OPEN");
        vorgang.setTimestamp(7, created);
        vorgang.setString(8, unitKey(UNITS.get(unit)));
        vorgang.setString(9, party);
        vorgang.addBatch();
        for (int d = 0; d < 3; d++) {
          addDocument(dokument, text, id, UNITS.get(unit), created, random);
        }
        if (i % 1000 == 999) {
          executeBatches(c, vorgang, dokument, text);
        }
      }
      executeBatches(c, vorgang, dokument, text);
    }
  }

  /** One scanned document of the Vorgang and its text: 60 common words, rarely a rare one. */
  private static void addDocument(
      PreparedStatement dokument,
      PreparedStatement text,
      UUID vorgangId,
      String unit,
      Timestamp created,
      ThreadLocalRandom random)
      throws SQLException {
    byte[] hash = new byte[32];
    random.nextBytes(hash);
    String sha = HexFormat.of().formatHex(hash);
    dokument.setObject(1, UUID.randomUUID());
    dokument.setObject(2, vorgangId);
    dokument.setString(3, sha);
    dokument.setString(4, unit);
    dokument.setTimestamp(5, created);
    dokument.addBatch();
    StringBuilder words = new StringBuilder();
    for (int w = 0; w < 60; w++) {
      words.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    if (random.nextInt(1000) == 0) {
      words.append(RARE[random.nextInt(RARE.length)]);
    }
    text.setString(1, sha);
    text.setString(2, words.toString());
    text.addBatch();
  }

  private static void executeBatches(Connection c, PreparedStatement... statements)
      throws SQLException {
    for (PreparedStatement statement : statements) {
      statement.executeBatch();
    }
    c.commit();
  }

  private static String unitKey(String unit) {
    return switch (unit) {
      case "personal" -> "11.00";
      case "buchhaltung" -> "21.00";
      case "steueramt" -> "22.00";
      case "poststelle" -> "25.00";
      case "umwelt" -> "69.00";
      default -> unit + ".00";
    };
  }

  static CaseQuery query(Kind kind, String value) {
    CaseQuery all = CaseQuery.all();
    return switch (kind) {
      case NAME -> all.withName(value);
      case NUMBER -> all.withCaseNumber(value);
      case TEXT -> all.withText(value);
    };
  }

  /** The search through the application's service (transaction, access rules, mapping). */
  static final class Search extends NamedScenario {
    private final Kind kind;
    private CaseSearch search;

    Search(String name, String baseline, Kind kind) {
      super(name, baseline);
      this.kind = kind;
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      generate(context);
      search = context.bean(CaseSearch.class);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) {
      search.search(query(kind, value(kind)), CLERK);
    }
  }

  /**
   * The same two statements (count and first page) as the service runs them, over plain JDBC with
   * a connection from the same pool.
   */
  static final class Jdbc extends NamedScenario {
    private final Kind kind;
    private DataSource db;

    Jdbc(String name, Kind kind) {
      super(name);
      this.kind = kind;
    }

    @Override
    public void setUp(BenchContext context) throws Exception {
      generate(context);
      db = context.bean(DataSource.class);
    }

    @Override
    public void run(BenchContext context, int thread, long sequence) throws Exception {
      String visible =
          "(v.org_unit in (?) or v.owner_id = ? or (v.retention_class <> 'PERSONNEL' and exists"
              + " (select 1 from vorgang_share s where s.vorgang_id = v.id and s.user_id = ?)))";
      String criterion =
          switch (kind) {
            case NAME ->
                "(lower(v.party_name) like ? escape '\\' or lower(v.title) like ? escape '\\')";
            case NUMBER -> "upper(v.case_number) like ? escape '\\'";
            case TEXT ->
                "v.id in (select d.vorgang_id from document_text t join dokument d on"
                    + " d.content_hash = t.content_hash where t.search_vector @@"
                    + " websearch_to_tsquery('german', ?) and (d.org_unit in (?) or exists"
                    + " (select 1 from vorgang o where o.id = d.vorgang_id and (o.owner_id = ? or"
                    + " exists (select 1 from vorgang_share s where s.vorgang_id = o.id and"
                    + " s.user_id = ?)))))";
          };
      String where = " from vorgang v join akte a on a.id = v.akte_id where " + visible + " and " + criterion;
      String value = value(kind);
      try (Connection c = db.getConnection()) {
        c.setAutoCommit(false);
        c.setReadOnly(true);
        try (PreparedStatement count = c.prepareStatement("select count(*)" + where)) {
          int n = bindVisible(count);
          bind(count, n, value);
          try (ResultSet rs = count.executeQuery()) {
            rs.next();
          }
        }
        try (PreparedStatement page =
            c.prepareStatement(
                "select v.case_number, v.title, v.case_type, v.org_unit, v.file_plan_key,"
                    + " v.status, v.created_at, v.party_name, a.aktenzeichen"
                    + where
                    + " order by v.created_at desc, v.id limit 20 offset 0")) {
          int n = bindVisible(page);
          bind(page, n, value);
          try (ResultSet rs = page.executeQuery()) {
            while (rs.next()) {
              rs.getString(1);
            }
          }
        }
        c.commit();
        c.setReadOnly(false);
      }
    }

    private static int bindVisible(PreparedStatement s) throws Exception {
      s.setString(1, "stadtbetrieb");
      s.setString(2, CLERK.userId());
      s.setString(3, CLERK.userId());
      return 4;
    }

    private void bind(PreparedStatement s, int n, String value) throws Exception {
      switch (kind) {
        case NAME -> {
          String like = "%" + value.toLowerCase(java.util.Locale.ROOT) + "%";
          s.setString(n, like);
          s.setString(n + 1, like);
        }
        case NUMBER -> s.setString(n, value.toUpperCase(java.util.Locale.ROOT) + "%");
        case TEXT -> {
          s.setString(n, value);
          s.setString(n + 1, "stadtbetrieb");
          s.setString(n + 2, CLERK.userId());
          s.setString(n + 3, CLERK.userId());
        }
      }
    }
  }
}
