/** "Test connection": the background sends a signed ping to the profile's endpoint; the answer is shown as text. */
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { describeTestEndpointResult, parseTestEndpointResult, type TestEndpointRequest } from './messages';

export function TestConnection({ profileId, profileName }: { profileId: string; profileName: string }) {
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);
  const test = async () => {
    setBusy(true);
    setResult('Testing…');
    const request: TestEndpointRequest = { type: 'test-endpoint', profileId };
    try {
      setResult(describeTestEndpointResult(parseTestEndpointResult(await browser.runtime.sendMessage(request))));
    } catch (error) {
      setResult(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void test()} disabled={busy} aria-label={`Test connection to ${profileName}`}>
        Test connection
      </button>
      <span role="status" class="status" data-testid="test-result">{result}</span>
    </>
  );
}
