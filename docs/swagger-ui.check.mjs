// Opens Swagger UI of a running service in Chromium, authorizes with a bearer token, runs
// "Try it out" on the scorecard and expects a 200 with the demo data. Saves a screenshot.
// Usage: node docs/swagger-ui.check.mjs <base-url> <token> <screenshot.png>
import { chromium } from "playwright-core";

const [base, token, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await page.goto(`${base}/q/swagger-ui/`);
  await page.waitForSelector(".information-container .title");
  const title = await page.textContent(".information-container .title");
  const description = await page.textContent(".information-container .description");
  if (!title.includes("Chỉ tiêu") || !description.includes("did the province meet its plan")) {
    throw new Error(`The page does not say what the service is: ${title} / ${description}`);
  }

  await page.click("button.authorize");
  await page.fill(".modal-ux input[type=text], .modal-ux input[type=password]", token);
  await page.click(".modal-ux button.authorize");
  await page.click(".modal-ux button.btn-done");

  const operation = page.locator("#operations-Progress-getScorecard");
  await operation.locator(".opblock-summary").click();
  await operation.locator("button.try-out__btn").click();
  await operation.locator("tr[data-param-name='period'] input").fill("2020");
  await operation.locator("tr[data-param-name='area'] input").fill("22");
  await operation.locator("button.execute").click();
  const status = operation.locator(".live-responses-table .response .response-col_status");
  await status.first().waitFor();
  const code = (await status.first().textContent()).trim();
  const body = await operation.locator(".live-responses-table .response-col_description pre").first().textContent();
  await page.screenshot({ path: screenshot, fullPage: false });
  if (!code.startsWith("200") || !body.includes("POOR_HOUSEHOLD_RATE") || !body.includes("EXCEEDED")) {
    throw new Error(`Try it out answered ${code}: ${body.slice(0, 300)}`);
  }
  console.log(`Swagger UI: "${title.trim()}", scorecard answered ${code} with the demo data; screenshot ${screenshot}`);
} finally {
  await browser.close();
}
