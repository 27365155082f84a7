// What every hostile payload calls if it ever runs. Never called means nothing ran.
window.__pwnedCalls = [];
window.__pwned = (id) => {
  window.__pwnedCalls.push(String(id));
};
