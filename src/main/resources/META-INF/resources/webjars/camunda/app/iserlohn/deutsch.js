/*
 * Stadt Iserlohn: loaded by Tasklist, Cockpit, Admin and Welcome as a custom script (config.js,
 * customScripts). The vendor's index.html says lang="en"; the apps speak German by default
 * (locales in config.js), so screen readers must read the page as German.
 */
document.documentElement.setAttribute('lang', 'de');
