-- The file plan (Aktenplan, strategy measure DS01): the city's units and their subjects, and which
-- case type of which org unit is filed under which subject. Data, not code: a change of the plan is
-- a migration (or an update by the records office), the application reads it on start.
--
-- Units: one per org-unit group. Number and name as the digitalisation strategy (2020) writes them;
-- where the strategy names no number for the unit (Bürgerbüro, Ordnungsamt, Standesamt, Personalrat,
-- Märkischer Stadtbetrieb) the number is null and the unit's keys start with the group id instead.

create table file_plan_unit (
    org_unit   varchar(64)  primary key,
    unit_no    varchar(16),
    name       varchar(255) not null,
    sort_order integer      not null
);

-- A subject (Betreff) of the plan; its key is the file-plan key (Aktenplankennzeichen) of a Vorgang:
-- <unit number or group id>.<two digits>; .00 is the unit's general records (allgemeines Schriftgut).
create table file_plan_subject (
    plan_key varchar(32)  primary key,
    org_unit varchar(64)  not null references file_plan_unit (org_unit),
    title    varchar(255) not null
);

-- Which case type of which org unit is filed under which subject; case type '*' is the unit's
-- default (general records, mailroom items, general cases).
create table file_plan_assignment (
    org_unit  varchar(64) not null references file_plan_unit (org_unit),
    case_type varchar(64) not null,
    plan_key  varchar(32) not null references file_plan_subject (plan_key),
    constraint pk_file_plan_assignment primary key (org_unit, case_type)
);

insert into file_plan_unit (org_unit, unit_no, name, sort_order) values
    ('personal',     '11', 'Bereich Personal', 10),
    ('buchhaltung',  '21', 'Bereich Buchhaltung, Betriebswirtschaft und Vollstreckung', 20),
    ('steueramt',    '22', 'Bereich Steuern und Gebühren', 30),
    ('poststelle',   '25', 'Bereich Zentraler Einkauf und Servicebetriebe', 40),
    ('umwelt',       '69', 'Bereich Umwelt und Stadtentwicklung', 50),
    ('buergerbuero', null, 'Bürgerbüro', 60),
    ('ordnungsamt',  null, 'Ordnungsamt', 70),
    ('standesamt',   null, 'Standesamt', 80),
    ('stadtbetrieb', null, 'Märkischer Stadtbetrieb Iserlohn/Hemer', 90),
    ('personalrat',  null, 'Personalrat', 100);

insert into file_plan_subject (plan_key, org_unit, title) values
    ('11.00', 'personal', 'Allgemeines Schriftgut'),
    ('11.01', 'personal', 'Personalakten'),
    ('11.02', 'personal', 'Dienstreisen und Reisekosten'),
    ('11.03', 'personal', 'Mobiles Arbeiten'),
    ('21.00', 'buchhaltung', 'Allgemeines Schriftgut'),
    ('21.01', 'buchhaltung', 'Eingangsrechnungen'),
    ('22.00', 'steueramt', 'Allgemeines Schriftgut'),
    ('22.01', 'steueramt', 'Hundesteuer'),
    ('25.00', 'poststelle', 'Allgemeines Schriftgut'),
    ('25.01', 'poststelle', 'Posteingang und Scan-Stelle'),
    ('69.00', 'umwelt', 'Allgemeines Schriftgut'),
    ('buergerbuero.00', 'buergerbuero', 'Allgemeines Schriftgut'),
    ('ordnungsamt.00', 'ordnungsamt', 'Allgemeines Schriftgut'),
    ('ordnungsamt.01', 'ordnungsamt', 'Bewohnerparkausweise'),
    ('ordnungsamt.02', 'ordnungsamt', 'Gewerbeanzeigen'),
    ('standesamt.00', 'standesamt', 'Allgemeines Schriftgut'),
    ('standesamt.01', 'standesamt', 'Personenstandsurkunden'),
    ('stadtbetrieb.00', 'stadtbetrieb', 'Allgemeines Schriftgut'),
    ('stadtbetrieb.01', 'stadtbetrieb', 'Mängelmeldungen'),
    ('stadtbetrieb.02', 'stadtbetrieb', 'Sperrmüllabholung'),
    ('stadtbetrieb.03', 'stadtbetrieb', 'Eingangsrechnungen des Stadtbetriebs'),
    ('personalrat.00', 'personalrat', 'Allgemeines Schriftgut');

insert into file_plan_assignment (org_unit, case_type, plan_key) values
    ('personal',     '*',                        '11.00'),
    ('personal',     'personalakte',             '11.01'),
    ('personal',     'dienstreiseantrag',        '11.02'),
    ('personal',     'reisekostenabrechnung',    '11.02'),
    ('personal',     'mobiles-arbeiten',         '11.03'),
    ('buchhaltung',  '*',                        '21.00'),
    ('buchhaltung',  'eingangsrechnung',         '21.01'),
    ('steueramt',    '*',                        '22.00'),
    ('steueramt',    'dog-tax',                  '22.01'),
    ('poststelle',   '*',                        '25.00'),
    ('poststelle',   'posteingang',              '25.01'),
    ('umwelt',       '*',                        '69.00'),
    ('buergerbuero', '*',                        'buergerbuero.00'),
    ('ordnungsamt',  '*',                        'ordnungsamt.00'),
    ('ordnungsamt',  'resident-parking-permit',  'ordnungsamt.01'),
    ('ordnungsamt',  'trade-registration',       'ordnungsamt.02'),
    ('standesamt',   '*',                        'standesamt.00'),
    ('standesamt',   'civil-status-certificate', 'standesamt.01'),
    ('stadtbetrieb', '*',                        'stadtbetrieb.00'),
    ('stadtbetrieb', 'defect-report',            'stadtbetrieb.01'),
    ('stadtbetrieb', 'bulky-waste-pickup',       'stadtbetrieb.02'),
    ('stadtbetrieb', 'eingangsrechnung',         'stadtbetrieb.03'),
    ('personalrat',  '*',                        'personalrat.00');

-- Every Vorgang carries its file-plan key: existing ones get the key of their case type in their
-- unit, else the unit's general records; a Vorgang of a unit outside the plan (none is known) would
-- make the not-null constraint fail, so the migration stops instead of leaving one without a key.
alter table vorgang add column file_plan_key varchar(32);

update vorgang set file_plan_key = coalesce(
    (select a.plan_key from file_plan_assignment a
      where a.org_unit = vorgang.org_unit and a.case_type = vorgang.case_type),
    (select a.plan_key from file_plan_assignment a
      where a.org_unit = vorgang.org_unit and a.case_type = '*'));

alter table vorgang alter column file_plan_key set not null;
alter table vorgang add constraint fk_vorgang_file_plan_key
    foreign key (file_plan_key) references file_plan_subject (plan_key);
create index ix_vorgang_file_plan_key on vorgang (file_plan_key);
