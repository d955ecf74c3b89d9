export async function onRequestPost(context) {
  try {
    const formData = await context.request.formData();
    const audioFile = formData.get("audio");

    if (!audioFile) {
      return new Response(JSON.stringify({ error: "No audio file provided" }), {
        status: 400,
        headers: { "Content-Type": "application/json" },
      });
    }

    const _a = 'REDACTED';
    const _t = 'REDACTED';

    const apiUrl = `https://api.cloudflare.com/client/v4/accounts/${_a}/ai/run/@cf/openai/whisper`;

    const proxyFormData = new FormData();
    proxyFormData.append("audio", audioFile, audioFile.name || "audio.wav");

    const response = await fetch(apiUrl, {
      method: "POST",
      headers: {
        "Authorization": `Bearer ${_t}`,
      },
      body: proxyFormData,
    });

    const data = await response.json();

    if (!response.ok) {
      return new Response(JSON.stringify({
        success: false,
        error: data.errors?.[0]?.message || `Whisper API error (HTTP ${response.status})`,
      }), {
        status: response.status,
        headers: { "Content-Type": "application/json" },
      });
    }

    return new Response(JSON.stringify(data), {
      headers: { "Content-Type": "application/json" },
    });
  } catch (err) {
    return new Response(JSON.stringify({
      success: false,
      error: err.message || "Internal server error",
    }), {
      status: 500,
      headers: { "Content-Type": "application/json" },
    });
  }
}
