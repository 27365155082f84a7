// Looks inside <pathway-widget> (every shadow root, however deep) for anything hostile text
// could have turned into markup, and snapshots the host page so a test can prove nothing
// outside the widget changed. Plain script, loaded by the hostile-text page.
(() => {
  /** Every element under `root`, shadow roots included. */
  function deepElements(root, found = []) {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) deepElements(element.shadowRoot, found);
    }
    return found;
  }

  /** The visible text under `root`, shadow roots included, one text node at a time. */
  function deepText(root) {
    let text = '';
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) walk(child);
    };
    walk(root);
    return text;
  }

  const ALLOWED_SCHEMES = new Set(['https:', 'mailto:']);
  /** Tags hostile text could only have produced by being parsed as HTML. */
  const FORBIDDEN_TAGS = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link',
    'foreignobject', 'animate', 'set', 'img', 'image', 'video', 'audio', 'source', 'marquee',
    'math', 'xmp', 'noscript', 'plaintext', 'template', 'slot',
  ]);
  const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background'];

  /** Absolute addresses must be https: or mailto:; relative ones stay on the page's origin. */
  function linkProblem(raw) {
    if (raw === null) return undefined;
    if (URL.canParse(raw)) {
      const { protocol } = new URL(raw);
      return ALLOWED_SCHEMES.has(protocol) ? undefined : `scheme ${protocol}`;
    }
    return undefined;
  }

  function describe(element) {
    const attributes = [...element.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ');
    return `<${element.localName}${attributes ? ` ${attributes}` : ''}>`;
  }

  /** What hostile text could have turned into among `elements`. */
  function auditElements(elements) {
    const onAttributes = [];
    const forbiddenElements = [];
    const badLinks = [];
    const dangerousValues = [];
    for (const element of elements) {
      const tagName = element.localName.toLowerCase();
      if (FORBIDDEN_TAGS.has(tagName)) forbiddenElements.push(describe(element));
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        const compact = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) onAttributes.push(describe(element));
        if (name === 'srcdoc') dangerousValues.push(describe(element));
        if (/^(javascript|vbscript|data):/.test(compact)) dangerousValues.push(describe(element));
        if (name === 'style' && /expression\(|javascript:|url\(/.test(compact)) dangerousValues.push(describe(element));
      }
      for (const name of URL_ATTRIBUTES) {
        const problem = linkProblem(element.getAttribute(name));
        if (problem) badLinks.push(`${problem}: ${describe(element)}`);
      }
    }
    const links = elements.filter((element) => element.localName === 'a' && element.hasAttribute('href'));
    return {
      elementCount: elements.length,
      linkCount: links.length,
      hrefs: links.map((link) => link.getAttribute('href')),
      onAttributes,
      forbiddenElements,
      badLinks,
      dangerousValues,
    };
  }

  function audit(widget) {
    const root = widget.shadowRoot;
    const host = widget.getBoundingClientRect();
    return {
      ...auditElements([...widget.querySelectorAll('*'), ...(root ? deepElements(root) : [])]),
      text: root ? deepText(root) : '',
      layout: {
        viewportWidth: window.innerWidth,
        hostWidth: host.width,
        hostRight: host.right,
        hostScrollWidth: widget.scrollWidth,
        hostClientWidth: widget.clientWidth,
        documentScrollWidth: document.documentElement.scrollWidth,
        shadowScrollWidths: root ? [...root.children].map((child) => [child.scrollWidth, child.clientWidth]) : [],
      },
    };
  }

  /** The host page as it should stay: its styles, its elements, its title. */
  function outside() {
    const body = getComputedStyle(document.body);
    const sentinel = document.getElementById('sentinel');
    const sentinelStyle = sentinel ? getComputedStyle(sentinel) : undefined;
    return {
      title: document.title,
      headChildren: [...document.head.children].map((element) => element.outerHTML),
      bodyChildren: [...document.body.children].map((element) => element.localName + (element.id ? `#${element.id}` : '')),
      styleSheets: document.styleSheets.length,
      adoptedStyleSheets: document.adoptedStyleSheets.length,
      body: {
        backgroundColor: body.backgroundColor,
        color: body.color,
        display: body.display,
        visibility: body.visibility,
        margin: body.margin,
      },
      html: { display: getComputedStyle(document.documentElement).display },
      sentinel: sentinelStyle && {
        text: sentinel.textContent,
        color: sentinelStyle.color,
        display: sentinelStyle.display,
        fontSize: sentinelStyle.fontSize,
        visibility: sentinelStyle.visibility,
        sentinels: document.querySelectorAll('#sentinel').length,
      },
    };
  }

  /**
   * The downloaded summary web page, parsed inertly (DOMParser runs no script and loads
   * nothing): its body is held to the same rules as the widget. Its head legitimately holds
   * meta tags and a style element, so only the body is audited.
   */
  function auditHtml(html) {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const policy = parsed.querySelector('meta[http-equiv="Content-Security-Policy" i]');
    return {
      ...auditElements([...parsed.body.querySelectorAll('*')]),
      text: parsed.body.textContent,
      headScripts: parsed.head.querySelectorAll('script').length,
      policy: policy ? policy.getAttribute('content') : null,
    };
  }

  window.__inspect = { audit, auditHtml, outside, deepText };
})();
