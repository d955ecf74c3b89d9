export const privacyPolicyBadge = "Chrome Web Store Compliance 2026";
export const privacyPolicyTitle = "Privacy Policy";
export const privacyPolicyIntro =
export const privacyPolicyLastUpdated = "May 13, 2026";
export const privacyLimitedUseStatement =
export const privacyCollectionCards = [
      "Bookmarks, only when you use bookmark import",
      "Links extracted from supported third-party start pages, only when you trigger an import",
      "Installed extension state, checked only to verify supported import sources",
export const privacyHandlingItems = [
    text: "Save, sync, import, edit, export, and display your saved links and custom logos. Bookmarks or supported start pages are read only when you trigger an import.",
export const privacyStorageItems = [
export const privacyProviderRows = [
    party: "Websites you save or supported import sources",
      "When you add or import shortcuts, StartlyTab may request those pages or parse supported start pages to extract URLs, titles, or icons.",
export const privacyChoiceItems = [
    text: "Bookmark import, supported start-page import, active-tab capture, and similar browser-data access only happen when you explicitly use those features.",
