/*
 * Stadt Iserlohn: configuration of Camunda Tasklist (the webapps' documented customisation,
 * app/tasklist/scripts/config.js, shadowing the vendor's file on the classpath).
 * German by default (locales/de.json beside this folder), German dates, the city's name;
 * the look lives in ../../iserlohn/stadt.css (imported by styles/user-styles.css).
 */
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Stadt Iserlohn'
  },
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },
  // moment.js formats; the apps show times in the browser's zone (the city's PCs: Europe/Berlin)
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YYYY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, DD.MM.YYYY HH:mm [Uhr]',
    short: 'DD.MM.YYYY'
  },
  customScripts: ['../iserlohn/deutsch'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'übernimmt die ausgewählte Aufgabe'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'setzt den Fokus auf den ersten Filter der Liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'setzt den Fokus auf die erste Aufgabe der Liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'setzt den Fokus auf das erste Eingabefeld des Aufgabenformulars'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öffnet den Dialog zum Starten eines Prozesses'
    }
  }
};
