// Hands a file made in the browser to the reader as a download (the learner's export, the Anki
// cards): a link to a Blob, clicked once. Nothing is sent anywhere.
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is freed a little later
  // (revoking it at once cancels the download in some browsers).
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
