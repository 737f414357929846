// Placeholder: replaced by the page itself.
export default function MyDayPage() {
  return null;
}
