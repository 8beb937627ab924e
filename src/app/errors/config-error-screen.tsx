import type { ConfigProblem } from '../../config/app-config';
import { useI18n } from '../../i18n';
import { ErrorScreen } from './error-screen';
import { useErrorScreenStyles } from './error-screen.styles';

/** Props of {@link ConfigErrorScreen}. */
export type ConfigErrorScreenProps = {
  problems: readonly ConfigProblem[];
};

/** Lists every configuration problem: the variable, what is wrong, and an example of a good value. */
export function ConfigErrorScreen({ problems }: ConfigErrorScreenProps) {
  const styles = useErrorScreenStyles();
  const { t } = useI18n();
  return (
    <ErrorScreen title={t('error.config.title')}>
      <p>{t('error.config.intro')}</p>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('error.config.variable')}</th>
            <th scope="col">{t('error.config.problem')}</th>
            <th scope="col">{t('error.config.example')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem) => (
            <tr key={problem.variable}>
              <th scope="row">
                <code className={styles.code}>{problem.variable}</code>
              </th>
              <td>
                {t(`config.problem.${problem.problem}`)}
                {problem.value === undefined ? null : (
                  <> {t('error.config.value', { value: problem.value })}</>
                )}
              </td>
              <td>
                <code className={styles.code}>{problem.example}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ErrorScreen>
  );
}
