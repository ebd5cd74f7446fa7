import { Header } from '../components/Header';
import { SignInForm } from '../components/session/SignInForm';

export function SignInPage() {
  return (
    <>
      <Header />
      <main id="main" tabIndex={-1} className="page page--narrow">
        <SignInForm />
      </main>
    </>
  );
}
