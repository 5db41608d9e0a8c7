package ru.digitalbridge.common.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * Hibernate ORM's JSON format mapper (for {@code @JdbcTypeCode(SqlTypes.JSON)} columns, e.g. the audit log's
 * details), built on first use instead of at start (README, "Start-up"). Without a configured mapper Hibernate builds
 * its Jackson mapper while the session factory starts: an {@code ObjectMapper} with every Jackson module found on the
 * class path, which loads ~650 Jackson classes before the application is ready. This is the same mapper (Hibernate's
 * {@link JacksonJsonFormatMapper} over an {@code ObjectMapper} with the modules {@link ObjectMapper#findModules}
 * finds), made when the first JSON value is read or written. Configured by {@code hibernate.type.json_format_mapper}.
 */
public final class LazyJsonFormatMapper implements FormatMapper {
    private volatile FormatMapper delegate;

    private FormatMapper delegate() {
        FormatMapper mapper = delegate;
        if (mapper == null) {
            synchronized (this) {
                mapper = delegate;
                if (mapper == null) {
                    ObjectMapper objectMapper = new ObjectMapper()
                            .registerModules(ObjectMapper.findModules(JacksonJsonFormatMapper.class.getClassLoader()));
                    mapper = new JacksonJsonFormatMapper(objectMapper);
                    delegate = mapper;
                }
            }
        }
        return mapper;
    }

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        return delegate().fromString(charSequence, javaType, wrapperOptions);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        return delegate().toString(value, javaType, wrapperOptions);
    }

    @Override
    public boolean supportsSourceType(Class<?> sourceType) {
        return delegate().supportsSourceType(sourceType);
    }

    @Override
    public boolean supportsTargetType(Class<?> targetType) {
        return delegate().supportsTargetType(targetType);
    }

    @Override
    public <T> void writeToTarget(T value, JavaType<T> javaType, Object target, WrapperOptions options)
            throws IOException {
        delegate().writeToTarget(value, javaType, target, options);
    }

    @Override
    public <T> T readFromSource(JavaType<T> javaType, Object source, WrapperOptions options) throws IOException {
        return delegate().readFromSource(javaType, source, options);
    }
}
