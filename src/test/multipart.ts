// A multipart/form-data body for app.inject, serialised by the platform's own FormData.
export async function multipartBody(
  fields: Record<string, string>,
  file: { name: string; content: Buffer | string },
) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append(
    "file",
    new Blob([typeof file.content === "string" ? file.content : new Uint8Array(file.content)]),
    file.name,
  );
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") as string },
  };
}
