/**
 * Hostile text for the widget: strings a careless renderer would turn into markup, script or
 * styles, plus text that breaks layouts (very long words, right-to-left, zero-width, newlines).
 * Every script-shaped payload calls `__pwned(<id>)` (or `alert(<id>)`), which the test page
 * records, so "no script ran" is something the test observes rather than assumes.
 *
 * Link payloads go into URL fields; text payloads go everywhere else.
 */

export interface Payload {
  /** Stable index, also the argument the payload passes to __pwned. */
  id: number;
  category: PayloadCategory;
  text: string;
}

export type PayloadCategory =
  | 'script'
  | 'event-handler'
  | 'link-as-text'
  | 'svg'
  | 'iframe'
  | 'css'
  | 'template'
  | 'entities'
  | 'unicode'
  | 'long'
  | 'newlines'
  | 'markup'
  | 'polyglot';

/** `ID` in each template becomes the payload's id. */
const TEMPLATES: Record<PayloadCategory, string[]> = {
  script: [
    '<script>__pwned(ID)</script>',
    '<SCRIPT>__pwned(ID)</SCRIPT>',
    '<ScRiPt>__pwned(ID)</sCrIpT>',
    '<script>alert(ID)</script>',
    '<script src="data:text/javascript,__pwned(ID)"></script>',
    '<script type="module">__pwned(ID)</script>',
    '<script>\n__pwned(ID)\n</script>',
    '"><script>__pwned(ID)</script>',
    "'><script>__pwned(ID)</script>",
    '</title><script>__pwned(ID)</script>',
    '</textarea><script>__pwned(ID)</script>',
    '</script><script>__pwned(ID)</script>',
    '<scr<script>ipt>__pwned(ID)</scr</script>ipt>',
    '<script>/*</script>*/__pwned(ID)</script>',
    '<script>eval("__pw"+"ned(ID)")</script>',
    '<script>setTimeout("__pwned(ID)")</script>',
    '<script>new Function("__pwned(ID)")()</script>',
    '<template><script>__pwned(ID)</script></template>',
    '<xmp><script>__pwned(ID)</script></xmp>',
    '<noscript><p title="</noscript><img src=x onerror=__pwned(ID)>"></noscript>',
    '%3Cscript%3E__pwned(ID)%3C%2Fscript%3E',
    '\\u003cscript\\u003e__pwned(ID)\\u003c/script\\u003e',
    '<script\n>__pwned(ID)</script\n>',
    '<script\t>__pwned(ID)</script>',
  ],
  'event-handler': [
    '<img src=x onerror=__pwned(ID)>',
    '<img src="x" onerror="__pwned(ID)">',
    "<img src='x' onerror='__pwned(ID)'>",
    '<IMG SRC=x OnErRoR=__pwned(ID)>',
    '<img/src/onerror=__pwned(ID)>',
    '<img src=x onerror=alert(ID)>',
    '<img src=`x` onerror=__pwned(ID)>',
    '<img src=x onerror="&#95;&#95;pwned(ID)">',
    '<img src=x:x onerror=__pwned(ID)//',
    '<image src=x onerror=__pwned(ID)>',
    '<input type=image src=x onerror=__pwned(ID)>',
    '<body onload=__pwned(ID)>',
    '<body onpageshow=__pwned(ID)>',
    '<input autofocus onfocus=__pwned(ID)>',
    '<select autofocus onfocus=__pwned(ID)></select>',
    '<textarea autofocus onfocus=__pwned(ID)></textarea>',
    '<details open ontoggle=__pwned(ID)>x</details>',
    '<video><source onerror=__pwned(ID)></video>',
    '<video src=x onerror=__pwned(ID)></video>',
    '<audio src=x onerror=__pwned(ID)></audio>',
    '<marquee onstart=__pwned(ID)>x</marquee>',
    '<div onmouseover=__pwned(ID)>hover me</div>',
    '<div onpointerenter=__pwned(ID) style="position:fixed;inset:0">x</div>',
    '<a onclick=__pwned(ID) href=#>click</a>',
    '<button onclick=__pwned(ID)>Continue</button>',
    '<form><button formaction=javascript:__pwned(ID)>Continue</button></form>',
    '<iframe onload=__pwned(ID)></iframe>',
    '<object data=x onerror=__pwned(ID)></object>',
    '<link rel=stylesheet href=x onerror=__pwned(ID)>',
    '<style onload=__pwned(ID)></style>',
    '<x onanimationstart=__pwned(ID) style="animation-name:spin">',
    '<div onfocusin=__pwned(ID) tabindex=0 autofocus>x</div>',
    '" onmouseover="__pwned(ID)',
    "' onfocus='__pwned(ID)' autofocus='",
    '" autofocus onfocus="__pwned(ID)" x="',
    'onerror=__pwned(ID)',
    '<img src=x onerror=__pwned(ID) ',
    '<img src="x"\nonerror="__pwned(ID)">',
    '<img src=x onerror\t=__pwned(ID)>',
    '<meta http-equiv="refresh" content="0;url=javascript:__pwned(ID)">',
    '<base href="javascript:__pwned(ID)//">',
    '<dialog open onclose=__pwned(ID)><form method=dialog><button>x</button></form></dialog>',
    '<img srcset="x 1x" onerror=__pwned(ID)>',
    '<picture><source srcset=x><img src=x onerror=__pwned(ID)></picture>',
    '<input type=hidden accesskey=X onclick=__pwned(ID)>',
    '<body/onhashchange=__pwned(ID)>',
    '<a href="#" ping="https://evil.example/ping">ping me</a>',
  ],
  'link-as-text': [
    'javascript:__pwned(ID)',
    'JaVaScRiPt:__pwned(ID)',
    'java\tscript:__pwned(ID)',
    ' javascript:__pwned(ID)',
    'data:text/html,<script>__pwned(ID)</script>',
    'vbscript:msgbox(ID)',
    '<a href="javascript:__pwned(ID)">Read the guidance</a>',
    '<a href=JaVaScRiPt:__pwned(ID)>link</a>',
    '<a href="java&#x09;script:__pwned(ID)">link</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZChJRCk8L3NjcmlwdD4=">link</a>',
    '<a href="vbscript:msgbox(ID)">link</a>',
    '<form action="javascript:__pwned(ID)"><input type=submit></form>',
  ],
  svg: [
    '<svg onload=__pwned(ID)>',
    '<svg/onload=__pwned(ID)>',
    '<svg><script>__pwned(ID)</script></svg>',
    '<svg><animate onbegin=__pwned(ID) attributeName=x dur=1s>',
    '<svg><set attributeName=onmouseover to=__pwned(ID)>',
    '<svg><a xlink:href="javascript:__pwned(ID)"><text x=20 y=20>x</text></a></svg>',
    '<svg><foreignObject><img src=x onerror=__pwned(ID)></foreignObject></svg>',
    '<svg><image href=x onerror=__pwned(ID)></image></svg>',
    '<svg><style><img src=x onerror=__pwned(ID)></style></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(ID)>',
    '<p><svg><style><img src=x onerror=__pwned(ID)></style></svg></p>',
    '<svg><script href="data:text/javascript,__pwned(ID)"/></svg>',
    '<svg><use href="data:image/svg+xml,&lt;svg id=x xmlns=http://www.w3.org/2000/svg&gt;&lt;image href=x onerror=__pwned(ID) /&gt;&lt;/svg&gt;#x"/></svg>',
  ],
  iframe: [
    '<iframe srcdoc="<script>parent.__pwned(ID)</script>"></iframe>',
    '<iframe srcdoc="&lt;img src=x onerror=parent.__pwned(ID)&gt;"></iframe>',
    '<iframe src="javascript:parent.__pwned(ID)"></iframe>',
    '<iframe src="data:text/html,<script>parent.__pwned(ID)</script>"></iframe>',
    '<object data="data:text/html,<script>parent.__pwned(ID)</script>"></object>',
    '<embed src="javascript:__pwned(ID)">',
    '<object type="text/html" data="/pages/hostile.html"></object>',
    '<portal src="https://example.com"></portal>',
    '<frameset onload=__pwned(ID)>',
  ],
  css: [
    '</style><style>*{display:none}</style>',
    '</style><style>body{background:rgb(255,0,0)!important}</style>',
    '<style>*{display:none!important}</style>',
    '<style>:host{display:none}</style>',
    '<style>@import url(/pages/evil.css);</style>',
    '<link rel=stylesheet href="data:text/css,body{background:red}">',
    'x{background:url(javascript:__pwned(ID))}',
    'expression(__pwned(ID))',
    '<div style="width:expression(__pwned(ID))">x</div>',
    '<div style="position:fixed;inset:0;background:red;z-index:99999">covered</div>',
    '}</style><style>html{display:none}',
    '*{color:red!important}',
    '@media all{body{display:none}}',
    '</style><script>__pwned(ID)</script>',
    '<style>@font-face{font-family:x;src:url(/pages/x.woff)}</style>',
    '<div style="background-image:url(/pages/track.png)">track</div>',
  ],
  template: [
    '${__pwned(ID)}',
    '`${__pwned(ID)}`',
    '{{__pwned(ID)}}',
    '{{{__pwned(ID)}}}',
    "{{constructor.constructor('__pwned(ID)')()}}",
    '<%= __pwned(ID) %>',
    '#{__pwned(ID)}',
    '$${__pwned(ID)}',
    '<!--?lit$123456$-->__pwned(ID)',
    'lit$123456$ __pwned(ID)',
    '<?lit$123456$?>',
    '{{7*7}} ${7*7} <%= 7*7 %>',
    '[[__pwned(ID)]]',
    '__proto__',
    'constructor',
    '<?php echo __pwned(ID); ?>',
  ],
  entities: [
    '&lt;script&gt;__pwned(ID)&lt;/script&gt;',
    '&lt;img src=x onerror=__pwned(ID)&gt;',
    '&#60;script&#62;__pwned(ID)&#60;/script&#62;',
    '&#x3C;svg onload=__pwned(ID)&#x3E;',
    '&quot;&gt;&lt;script&gt;__pwned(ID)&lt;/script&gt;',
    '&amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;',
    '&nbsp;&shy;&zwnj; &copy; &#0000060;script>',
    'Fish &amp; chips &lt;3 &gt; &#39;quoted&#39;',
  ],
  unicode: [
    '\u202Egnp.exe\u202C attendance.pdf',
    '\u202Dforced left to right\u202C',
    '\u2067\u0627\u0644\u062D\u0636\u0648\u0631\u2069 attendance',
    '\u0645\u0639\u062F\u0644 \u0627\u0644\u062D\u0636\u0648\u0631 \u0627\u0644\u0645\u062F\u0631\u0633\u064A 88%',
    '\u05E0\u05D5\u05DB\u05D7\u05D5\u05EA \u05D1\u05D1\u05D9\u05EA \u05D4\u05E1\u05E4\u05E8',
    'Mixed \u05E2\u05D1\u05E8\u05D9\u05EA and \u0627\u0644\u0639\u0631\u0628\u064A\u0629 and English',
    '\u202E<script>__pwned(ID)</script>\u202C',
    'zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom',
    '\u200B\u200B\u200B<img src=x onerror=__pwned(ID)>\u200B',
    'Z\u0335\u0321\u0327a\u0336\u0322l\u0337\u0328g\u0338\u0329o text',
    '\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family \uD83C\uDFEB',
    'line\u2028separator\u2029paragraph',
    'control characters: \u0007bell \u001Bescape \u007Fdelete',
    '\uFF1Cscript\uFF1E__pwned(ID)\uFF1C/script\uFF1E',
    '\u00ABguillemets\u00BB \u201Cquotes\u201D \u2018single\u2019',
    'Ā̈ combining ṩ̂ ǅ ﬁ ligature',
    '\u2066isolated\u2069 \u2068first strong\u2069',
    '\u061C\u200E\u200F marks',
  ],
  long: [
    'A'.repeat(10_000),
    'W'.repeat(9_990) + '__pwned',
    'https://example.com/' + 'a'.repeat(9_900),
    '\u0627'.repeat(10_000),
    ('x\u200B').repeat(4_000),
    'Supercalifragilistic'.repeat(500),
    '<b>' + 'B'.repeat(9_000) + '</b>',
    '-'.repeat(10_000),
  ],
  newlines: [
    'first line\nsecond line',
    'windows\r\nline endings',
    'blank lines\n\n\n\nbetween',
    '<br>not a break<br/>',
    'tab\tseparated\tvalues',
    '\nleading and trailing newlines\n',
  ],
  markup: [
    '<b>bold</b> <i>italic</i> <u>underline</u>',
    '<h1>Fake heading</h1>',
    '<table><tr><td>cell</td></tr></table>',
    '<input type=text value=injected>',
    '<button type=submit>Submit summary</button>',
    '<a href="https://example.com">an https link in text</a>',
    '<!-- comment --> after comment',
    '<![CDATA[<script>__pwned(ID)</script>]]>',
    '<?xml version="1.0"?><x/>',
    '<plaintext>',
    '<slot name=x></slot><template shadowrootmode=open><img src=x onerror=__pwned(ID)></template>',
    '<div id=sentinel>fake sentinel</div>',
  ],
  polyglot: [
    'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=__pwned(ID) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__pwned(ID)//>\\x3e',
    '\'"--></style></script><script>__pwned(ID)</script>',
    '"><img src=x onerror=__pwned(ID)><"',
    '--><script>__pwned(ID)</script><!--',
    ']]><script>__pwned(ID)</script>',
    '"></a><svg onload=__pwned(ID)>',
  ],
};

/**
 * Wrappers that turn some templates into a second, different payload: text a real author
 * might type around the attack (English, or right-to-left), so the attack is not at the start.
 */
const WRAPPERS: ((text: string) => string)[] = [
  (text) => `Talk to the family first. ${text}`,
  (text) => `\u0645\u0639\u062F\u0644 ${text} \u05E0\u05D5\u05DB\u05D7\u05D5\u05EA`,
];

const WRAPPED: readonly PayloadCategory[] = ['iframe', 'polyglot'];

function build(): Payload[] {
  const payloads: Payload[] = [];
  const add = (category: PayloadCategory, template: string): void => {
    const id = payloads.length;
    payloads.push({ id, category, text: template.replaceAll('ID', String(id)) });
  };
  for (const [category, templates] of Object.entries(TEMPLATES) as [PayloadCategory, string[]][]) {
    for (const template of templates) add(category, template);
  }
  for (const category of WRAPPED) {
    TEMPLATES[category].forEach((template, index) => add(category, WRAPPERS[index % WRAPPERS.length](template)));
  }
  return payloads;
}

export const TEXT_PAYLOADS: readonly Payload[] = build();

/** Addresses that must never become a link's href (each would run script or leave the allowed schemes). */
export const LINK_PAYLOADS: readonly string[] = [
  'javascript:__pwned(1001)',
  'JaVaScRiPt:__pwned(1002)',
  'java\tscript:__pwned(1003)',
  'java\nscript:__pwned(1004)',
  'java\rscript:__pwned(1005)',
  ' javascript:__pwned(1006)',
  '\u0001javascript:__pwned(1007)',
  '\u0008\u0009javascript:__pwned(1008)',
  'javascript://%0a__pwned(1009)',
  'javascript:/**/__pwned(1010)',
  'javascript&colon;__pwned(1011)',
  '&#106;avascript:__pwned(1012)',
  'data:text/html,<script>__pwned(1013)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKDEwMTQpPC9zY3JpcHQ+',
  'DATA:text/html,<script>__pwned(1015)</script>',
  ' data:text/html,<svg onload=__pwned(1016)>',
  'data:image/svg+xml,<svg onload=__pwned(1017)>',
  'vbscript:msgbox(1018)',
  'VBScript:msgbox(1019)',
  'http://example.com/plain-http',
  'ftp://example.com/file',
  'file:///etc/passwd',
  'blob:https://example.com/0b1c',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.com',
  'intent://example#Intent;end',
  'tel:+441632960001',
  '//evil.example/protocol-relative',
  '/\\evil.example/backslash',
  '\\\\evil.example\\share',
  'https:javascript:__pwned(1032)',
  'https://example.com/"><script>__pwned(1033)</script>',
  'https://example.com/\u202Ecod.exe',
  'mailto:attendance@example.gov.uk?subject=<script>__pwned(1035)</script>',
  '\u00A0javascript:__pwned(1036)',
  'javas\u200Bcript:__pwned(1037)',
  'jar:https://example.com/x.jar!/',
  'ms-its:mhtml:file://C:/x.mht!x',
  '%6A%61%76%61%73%63%72%69%70%74:__pwned(1040)',
];

/**
 * Addresses a pathway may legitimately hold (https:, mailto:, relative) but that carry markup
 * or script-looking text in their path, query or fragment. The widget must accept the pathway
 * and render each as an inert href: text payloads are paired with these so their journeys can
 * reach the summary.
 */
export const ALLOWED_TRICKY_LINKS: readonly string[] = [
  'https://example.gov.uk/guidance',
  'https://example.com/"><script>__pwned(2001)</script>',
  'https://example.com/?q=<img src=x onerror=__pwned(2002)>',
  'mailto:attendance@example.gov.uk?subject=<script>__pwned(2003)</script>',
  '/templates/"onmouseover="__pwned(2004)',
  'guidance.pdf#"><svg onload=__pwned(2005)>',
  'https://example.com/\u202Ecod.exe',
  `https://example.com/${'a'.repeat(2000)}`,
  '?page=1&x="><script>__pwned(2009)</script>',
  '#top',
];
