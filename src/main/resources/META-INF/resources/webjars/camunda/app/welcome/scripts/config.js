/*
 * Stadt Iserlohn: configuration of Camunda Willkommen (the webapps' documented customisation,
 * app/welcome/scripts/config.js, shadowing the vendor's file on the classpath).
 * German by default (locales/de.json beside this folder), German dates, the city's name;
 * the look lives in ../../iserlohn/stadt.css (imported by styles/user-styles.css).
 */
export default {
  app: {
    name: 'Willkommen',
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
};
