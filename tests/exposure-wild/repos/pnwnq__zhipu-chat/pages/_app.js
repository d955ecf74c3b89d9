import '../styles/globals.css'
import 'buffer/';

function MyApp({ Component, pageProps }) {
  return <Component {...pageProps} />;
}

export default MyApp;