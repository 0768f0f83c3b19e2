export default defineBackground(() => {
  // Reports per tab arrive here from the content script (see the extension issue).
});
