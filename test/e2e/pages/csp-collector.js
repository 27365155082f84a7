// Records every Content-Security-Policy violation on the page, and says so on the console.
// Self-hosted (never inline) so the strict policy itself lets it run. The event is composed,
// so violations from inside the widget's shadow root reach the document too.
window.__cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    const violation = {
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      sourceFile: event.sourceFile,
      line: event.lineNumber,
    };
    window.__cspViolations.push(violation);
    console.error(`CSP violation: ${violation.directive} blocked ${violation.blockedURI || 'inline code'} (${violation.sample})`);
  },
  true,
);
