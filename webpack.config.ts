// Production build of the static app: code splitting, content hashes, configuration validated up front.
import path from 'node:path';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import { GriffelCSSExtractionPlugin } from '@griffel/webpack-extraction-plugin';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';
import { readRawConfigFromEnv, describeConfigProblems } from './scripts/config-from-env';
import { drawColorIcon } from './scripts/app-package/icons';
import { encodePng } from './scripts/app-package/png';
import { parseAppConfig } from './src/config/app-config';

const root = import.meta.dirname;

/**
 * Sizes of the Outlook add-in's icons; the manifest's `extensions` point at these files: 16, 32, 80 on the ribbon,
 * 64 and 128 as `alternates.alternateIcons` (the icons of the add-in-only manifest Microsoft generates for the
 * Outlook clients that do not read the unified manifest).
 */
export const outlookIconSizes = [16, 32, 64, 80, 128] as const;

/** Draws the ribbon icons from the app icon's shapes (as `npm run package` does) into dist/assets/. */
class OutlookIconsPlugin {
  apply(compiler: webpack.Compiler): void {
    compiler.hooks.thisCompilation.tap('OutlookIconsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'OutlookIconsPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const size of outlookIconSizes)
            compilation.emitAsset(
              `assets/outlook-icon-${size}.png`,
              new webpack.sources.RawSource(encodePng(drawColorIcon(size))),
            );
        },
      );
    });
  }
}

export default (
  _env: unknown,
  argv: { mode?: 'production' | 'development' },
): webpack.Configuration & { devServer?: DevServerConfiguration } => {
  const mode = argv.mode ?? 'production';
  const rawConfig = readRawConfigFromEnv(process.env);
  const parsed = parseAppConfig(rawConfig);
  if (parsed.kind === 'invalid') {
    // Fail the build with one line per problem; the app would show the same list on its error screen.
    throw new Error(
      `Bereikbaar configuration is not valid:\n${describeConfigProblems(parsed.problems)}`,
    );
  }
  const port = Number(process.env.PORT ?? 3000);
  return {
    mode,
    context: root,
    entry: {
      app: './src/app/main.tsx',
      'redirect-bridge': './src/app/auth/redirect-bridge.ts',
      outlook: './src/outlook/main.tsx',
    },
    output: {
      path: path.join(root, 'dist'),
      filename: mode === 'production' ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      chunkFilename:
        mode === 'production' ? 'js/[name].[contenthash:8].chunk.js' : 'js/[name].chunk.js',
      publicPath: '/',
      clean: true,
    },
    devtool: mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        // Runs first, on the source: each Fluent `tokens.name` becomes its CSS variable, so the tokens object
        // (30 KB) is left out of the first chunk.
        {
          test: /\.[cm]?[jt]sx?$/,
          include: [path.join(root, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          enforce: 'pre',
          use: { loader: path.join(root, 'scripts/build/fluent-tokens-loader.ts') },
        },
        // Every Griffel style, Fluent's and ours, goes to one stylesheet at build time: the JavaScript carries
        // only class names, and the page inserts no CSS rule while it starts.
        {
          test: /\.[cm]?[jt]sx?$/,
          include: [path.join(root, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: esbuild turns TypeScript into JavaScript, then Griffel's build-time transform
          // turns each makeStyles / makeStaticStyles into its finished CSS classes (as Fluent's own packages ship),
          // so the page computes no CSS at start and the CSS compiler (stylis) is left out of the bundle.
          use: [
            {
              loader: '@griffel/webpack-loader',
              // Style objects import tokens and other style files (TypeScript) that it evaluates at build time.
              options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
            },
            { loader: 'esbuild-loader', options: { target: 'es2022', jsx: 'automatic' } },
          ],
          // Our modules do nothing when imported (no import is there for its side effects; the entries run),
          // so a module whose exports no page uses is left out: importing `Notice` from src/ui's index no longer
          // brings the people picker and Fluent's Combobox into the agent screen's first chunks.
          sideEffects: false,
        },
        {
          // The Graph SDK's package does not say it is free of side effects (its modules are classes and enums),
          // so webpack kept every module its index names: the file-upload tasks, the batch content, the chaos
          // handler. Only what the client uses comes along now.
          test: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({ __BRK_CONFIG__: JSON.stringify(rawConfig) }),
      new HtmlWebpackPlugin({
        template: './src/app/index.html',
        filename: 'index.html',
        chunks: ['app'],
        favicon: './src/app/assets/favicon.svg',
      }),
      new HtmlWebpackPlugin({
        template: './src/app/auth/redirect.html',
        filename: 'redirect.html',
        chunks: ['redirect-bridge'],
      }),
      // The Outlook add-in's task pane: Office.js from Microsoft's CDN in the page, before the bundle.
      new HtmlWebpackPlugin({
        template: './src/outlook/outlook.html',
        filename: 'outlook.html',
        chunks: ['outlook'],
        favicon: './src/app/assets/favicon.svg',
      }),
      new OutlookIconsPlugin(),
      new MiniCssExtractPlugin({
        filename: mode === 'production' ? 'css/[name].[contenthash:8].css' : 'css/[name].css',
        chunkFilename:
          mode === 'production' ? 'css/[name].[contenthash:8].chunk.css' : 'css/[name].chunk.css',
        // Griffel orders its own rules in the stylesheet; the per-module order webpack warns about does not apply.
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
    ],
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // The directory and the availability rules, which the agent screen and the callback parts loaded after
          // the first paint (the outbox's data source) both use: one chunk that both ask for. Left to the defaults,
          // chunks under the minimum size get a copy each, and the page fetched these modules twice.
          agentCore: {
            test: /[\\/]src[\\/](domain[\\/](availability|people)|graph[\\/](availability|people))[\\/]/,
            chunks: 'async',
            name: 'agent-core',
            enforce: true,
          },
        },
      },
      runtimeChunk: 'single',
    },
    performance: { hints: false },
    devServer: {
      host: 'localhost',
      port,
      historyApiFallback: true,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
