/*
 * stem.js: the Snowball English stemmer ("Porter2", as described at snowballstem.org/algorithms/english),
 * written for brief. It lets the search box stem what a reader types ("designated") the same way the build stemmed
 * the indexed words ("designation"): both become "design".
 *
 * The build uses the same algorithm in C# (src/Brief.Site/Search/Stemmer.cs, Lucene.Net's Snowball EnglishStemmer).
 * tests/Brief.Tests/Search/StemmerTests.cs runs this file in node and checks that it gives the build's stem for every
 * word of the repository's pages and for a list of tricky words: change both together, or neither.
 *
 * Words come in lowercase. Words shorter than 3 characters and words with a digit 0-9 are returned as they are.
 * Plain ES5 with no dependencies: it defines window.briefStem(lowercaseWord) and nothing else.
 */
(function () {
  'use strict';

  // Whole words with a stem of their own (a word that maps to itself is left as it is).
  var EXCEPTIONS = {
    skis: 'ski', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', idly: 'idl', gently: 'gentl',
    ugly: 'ugli', early: 'earli', only: 'onli', singly: 'singl',
    sky: 'sky', news: 'news', howe: 'howe', atlas: 'atlas', cosmos: 'cosmos', bias: 'bias', andes: 'andes'
  };
  // Words left as they are once step 1a has run.
  var AFTER_1A = {
    inning: 1, outing: 1, canning: 1, herring: 1, earring: 1, proceed: 1, exceed: 1, succeed: 1
  };
  // Prefixes that end region R1 where they end.
  var R1_PREFIXES = ['gener', 'commun', 'arsen'];

  var STEP_2 = {
    tional: 'tion', enci: 'ence', anci: 'ance', abli: 'able', entli: 'ent', izer: 'ize', ization: 'ize',
    ational: 'ate', ation: 'ate', ator: 'ate', alism: 'al', aliti: 'al', alli: 'al', fulness: 'ful',
    ousli: 'ous', ousness: 'ous', iveness: 'ive', iviti: 'ive', biliti: 'ble', bli: 'ble', ogi: 'og',
    fulli: 'ful', lessli: 'less', li: ''
  };
  var STEP_3 = {
    tional: 'tion', ational: 'ate', alize: 'al', icate: 'ic', iciti: 'ic', ical: 'ic', ful: '', ness: '', ative: ''
  };
  var STEP_4 = [
    'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti', 'ous',
    'ive', 'ize', 'ion'
  ];

  function has(table, key) {
    return Object.prototype.hasOwnProperty.call(table, key);
  }

  function isIn(letters, w, i) {
    return i >= 0 && i < w.length && letters.indexOf(w.charAt(i)) !== -1;
  }

  // Vowels are a, e, i, o, u and y; a y turned into Y (a consonant y) is not one. Anything else is a non-vowel.
  function isVowel(w, i) {
    return isIn('aeiouy', w, i);
  }

  function isNonVowel(w, i) {
    return i >= 0 && i < w.length && !isVowel(w, i);
  }

  function endsWith(w, suffix) {
    return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix;
  }

  // The longest of the suffixes that w ends with, or null. A step looks only at that one, even when its condition
  // then fails and a shorter suffix's would not.
  function longest(w, suffixes) {
    var best = null;
    for (var i = 0; i < suffixes.length; i++) {
      if (endsWith(w, suffixes[i]) && (best === null || suffixes[i].length > best.length)) {
        best = suffixes[i];
      }
    }
    return best;
  }

  function keys(table) {
    var list = [];
    for (var key in table) {
      if (has(table, key)) {
        list.push(key);
      }
    }
    return list;
  }

  var STEP_2_SUFFIXES = keys(STEP_2);
  var STEP_3_SUFFIXES = keys(STEP_3);

  function hasVowelBefore(w, end) {
    for (var i = 0; i < end; i++) {
      if (isVowel(w, i)) {
        return true;
      }
    }
    return false;
  }

  // Where the region after the first non-vowel that follows a vowel (at or after start) begins; w.length if none.
  function regionAfter(w, start) {
    for (var i = start + 1; i < w.length; i++) {
      if (isVowel(w, i - 1) && !isVowel(w, i)) {
        return i + 1;
      }
    }
    return w.length;
  }

  // Whether w[0..end) ends in a short syllable: a non-vowel other than w, x or Y after a vowel after a non-vowel,
  // or a non-vowel after a vowel that begins the word.
  function shortSyllable(w, end) {
    if (end >= 3 && !isIn('aeiouywxY', w, end - 1) && isVowel(w, end - 2) && isNonVowel(w, end - 3)) {
      return true;
    }
    return end === 2 && isNonVowel(w, 1) && isVowel(w, 0);
  }

  function stem(word) {
    if (word.length < 3 || /[0-9]/.test(word)) {
      return word;
    }
    if (has(EXCEPTIONS, word)) {
      return EXCEPTIONS[word];
    }

    // Prelude: drop a leading apostrophe; mark y at the start or after a vowel as a consonant, Y.
    var w = word.charAt(0) === "'" ? word.slice(1) : word;
    var foundY = false;
    var letters = w.split('');
    for (var i = 0; i < letters.length; i++) {
      if (letters[i] === 'y' && (i === 0 || 'aeiouy'.indexOf(letters[i - 1]) !== -1)) {
        letters[i] = 'Y';
        foundY = true;
      }
    }
    w = letters.join('');

    var p1 = -1;
    for (var k = 0; k < R1_PREFIXES.length; k++) {
      if (w.slice(0, R1_PREFIXES[k].length) === R1_PREFIXES[k]) {
        p1 = R1_PREFIXES[k].length;
      }
    }
    if (p1 < 0) {
      p1 = regionAfter(w, 0);
    }
    var p2 = regionAfter(w, p1);
    var suffix, base;

    // Step 0: possessive apostrophes.
    suffix = longest(w, ["'", "'s", "'s'"]);
    if (suffix !== null) {
      w = w.slice(0, w.length - suffix.length);
    }

    // Step 1a: plurals.
    suffix = longest(w, ['sses', 'ied', 'ies', 'us', 'ss', 's']);
    base = suffix === null ? '' : w.slice(0, w.length - suffix.length);
    if (suffix === 'sses') {
      w = base + 'ss';
    } else if (suffix === 'ied' || suffix === 'ies') {
      w = base + (base.length >= 2 ? 'i' : 'ie');
    } else if (suffix === 's' && hasVowelBefore(w, w.length - 2)) {
      w = base;
    }

    if (!has(AFTER_1A, w)) {
      // Step 1b: -eed, -ed, -ing.
      suffix = longest(w, ['eed', 'eedly', 'ed', 'edly', 'ing', 'ingly']);
      base = suffix === null ? '' : w.slice(0, w.length - suffix.length);
      if (suffix === 'eed' || suffix === 'eedly') {
        if (base.length >= p1) {
          w = base + 'ee';
        }
      } else if (suffix !== null && hasVowelBefore(base, base.length)) {
        w = base;
        if (endsWith(w, 'at') || endsWith(w, 'bl') || endsWith(w, 'iz')) {
          w += 'e';
        } else if (longest(w, ['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']) !== null) {
          w = w.slice(0, -1);
        } else if (w.length === p1 && shortSyllable(w, w.length)) {
          w += 'e';
        }
      }

      // Step 1c: a final y or Y after a non-vowel that does not begin the word becomes i.
      if (isIn('yY', w, w.length - 1) && w.length > 2 && isNonVowel(w, w.length - 2)) {
        w = w.slice(0, -1) + 'i';
      }

      // Step 2: in R1.
      suffix = longest(w, STEP_2_SUFFIXES);
      if (suffix !== null && w.length - suffix.length >= p1) {
        base = w.slice(0, w.length - suffix.length);
        if (suffix === 'ogi' ? endsWith(base, 'l') : suffix === 'li' ? isIn('cdeghkmnrt', base, base.length - 1) : true) {
          w = base + STEP_2[suffix];
        }
      }

      // Step 3: in R1 (-ative in R2).
      suffix = longest(w, STEP_3_SUFFIXES);
      if (suffix !== null && w.length - suffix.length >= (suffix === 'ative' ? p2 : p1)) {
        w = w.slice(0, w.length - suffix.length) + STEP_3[suffix];
      }

      // Step 4: in R2 (-ion after s or t).
      suffix = longest(w, STEP_4);
      if (suffix !== null && w.length - suffix.length >= p2) {
        base = w.slice(0, w.length - suffix.length);
        if (suffix !== 'ion' || endsWith(base, 's') || endsWith(base, 't')) {
          w = base;
        }
      }

      // Step 5: a final e in R2, or in R1 after no short syllable; a final l in R2 after l.
      var end = w.length - 1;
      if (endsWith(w, 'e') && (end >= p2 || (end >= p1 && !shortSyllable(w, end)))) {
        w = w.slice(0, end);
      } else if (endsWith(w, 'l') && end >= p2 && isIn('l', w, end - 1)) {
        w = w.slice(0, end);
      }
    }

    return foundY ? w.replace(/Y/g, 'y') : w;
  }

  window.briefStem = stem;
})();
