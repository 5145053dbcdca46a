/*
 * Typesets the lesson's maths ($$...$$ displayed, \(...\) inline) with KaTeX's auto-render. A file of its own,
 * loaded after KaTeX with "defer", because the Content-Security-Policy allows no inline script.
 */
renderMathInElement(document.body, {
  delimiters: [{left: '$$', right: '$$', display: true}, {left: '\\(', right: '\\)', display: false}],
  throwOnError: false
});
