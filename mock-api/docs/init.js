// Starts Swagger UI on the API's contract. A file of its own: the Content-Security-Policy
// allows no inline script. Only reads can be tried from the page (writes need the app's
// security token).
window.addEventListener('load', function () {
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    supportedSubmitMethods: ['get'],
    defaultModelsExpandDepth: 0,
  });
});
