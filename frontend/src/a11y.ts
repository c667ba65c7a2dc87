// Focus and announcements after something changes on the page (WCAG 2.4.3
// and 4.1.3): focus goes to the new content's heading, and the result is
// said in one polite live region that is always in the page.

// announce puts text in the page's live region (see App's #announcer).
export function announce(text: string) {
  const region = document.getElementById('announcer')
  if (!region) return
  // Clearing first makes a repeated message be read again.
  region.textContent = ''
  window.setTimeout(() => {
    region.textContent = text
  }, 50)
}

// focusWhenReady focuses the first element matching selector as soon as it
// is in the page (the new content may still be loading), for up to 5 s.
// Focusing scrolls it into view, which matters on a narrow screen where the
// new content is below the filters.
export function focusWhenReady(selector: string) {
  const started = performance.now()
  const tick = () => {
    const el = document.querySelector<HTMLElement>(selector)
    if (el) {
      if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) el.setAttribute('tabindex', '-1')
      el.focus()
      el.scrollIntoView({ block: 'nearest' })
      return
    }
    if (performance.now() - started < 5000) window.setTimeout(tick, 50)
  }
  window.setTimeout(tick, 0)
}

// setTitle names the view in the browser tab and the window list.
export function setTitle(...parts: (string | null | undefined)[]) {
  document.title = [...parts.filter(Boolean), 'Verkosto'].join(' – ')
}

// Text in another language than the page is marked with its own.
export function langIf(pageLang: string, textLang: string): string | undefined {
  return pageLang === textLang ? undefined : textLang
}
