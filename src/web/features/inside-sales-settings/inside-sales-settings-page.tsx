// Placeholder: replaced by the page itself.
export default function InsideSalesSettingsPage() {
  return null;
}
