import { PageMain } from '../../ui/PageMain';
import { Header } from '../../ui/header/Header';
import { SignInForm } from './SignInForm';
import '../../ui/work-page.css';
import './sign-in.css';

export function SignInPage() {
  return (
    <>
      <Header />
      <PageMain className="page--narrow">
        <SignInForm />
      </PageMain>
    </>
  );
}
